import RealModule

/// Standard normal variates by the ziggurat method (Marsaglia and Tsang, 2000) with 256
/// layers: about 99% of draws cost one 64-bit random number, a multiply and a compare.
///
/// Each draw takes the layer from the low 8 bits, the sign from bit 8 and a 52-bit magnitude
/// from the rest. Draws beyond the base layer's edge `r` come from the exponential tail;
/// draws in a layer's wedge are accepted against the density.
public enum Ziggurat {
    /// Edge of the base layer and the common area of the 256 layers.
    static let r = 3.6541528853610088
    static let area = 0.00492867323399

    /// Layer tables: acceptance thresholds (52-bit scale), widths and density values. Built
    /// once and never freed; read-only after construction, so shared across threads.
    public struct Tables: @unchecked Sendable {
        @usableFromInline let k: UnsafeMutablePointer<UInt64>
        @usableFromInline let w: UnsafeMutablePointer<Double>
        @usableFromInline let f: UnsafeMutablePointer<Double>

        init() {
            k = .allocate(capacity: 256)
            w = .allocate(capacity: 256)
            f = .allocate(capacity: 256)
            k.initialize(repeating: 0, count: 256)
            w.initialize(repeating: 0, count: 256)
            f.initialize(repeating: 0, count: 256)
            let scale = 4_503_599_627_370_496.0  // 2^52
            var edge = Ziggurat.r
            var previous = edge
            let q = Ziggurat.area / Double.exp(-0.5 * edge * edge)
            k[0] = UInt64((edge / q) * scale)
            k[1] = 0
            w[0] = q / scale
            w[255] = edge / scale
            f[0] = 1
            f[255] = Double.exp(-0.5 * edge * edge)
            for layer in stride(from: 254, through: 1, by: -1) {
                edge = (-2 * Double.log(Ziggurat.area / edge + Double.exp(-0.5 * edge * edge))).squareRoot()
                k[layer + 1] = UInt64((edge / previous) * scale)
                previous = edge
                f[layer] = Double.exp(-0.5 * edge * edge)
                w[layer] = edge / scale
            }
        }
    }

    /// The tables, built on first use.
    public static let tables = Tables()
}

extension Xoshiro256StarStar {
    /// A standard normal variate (ziggurat).
    @inline(__always)
    public mutating func nextStandardNormal() -> Double {
        nextStandardNormal(Ziggurat.tables)
    }

    /// A standard normal variate, with the tables passed in (hoisted out of hot loops).
    ///
    /// The rare cases run out of line on a copy of the generator, which is then copied back:
    /// the caller's state never has its address taken and can stay in registers.
    @inline(__always)
    public mutating func nextStandardNormal(_ tables: Ziggurat.Tables) -> Double {
        while true {
            let bits = next()
            let layer = Int(bits & 0xFF)
            let magnitude = bits >> 12
            // The sign from bit 8, flipped without a branch (a coin toss no predictor can follow).
            let x = Double(bitPattern: (Double(Int64(magnitude)) * tables.w[layer]).bitPattern ^ ((bits & 0x100) << 55))
            if magnitude < tables.k[layer] { return x }
            let (value, state) = Self.normalSlowPath(self, layer: layer, x: x, bits: bits, tables: tables)
            self = state
            if let value { return value }
        }
    }

    /// The tail (layer 0) and wedge cases, about 1% of draws, on a copy of the generator.
    @inline(never)
    static func normalSlowPath(_ generator: Xoshiro256StarStar, layer: Int, x: Double, bits: UInt64,
                               tables: Ziggurat.Tables) -> (Double?, Xoshiro256StarStar) {
        var generator = generator
        if layer == 0 {
            while true {
                let tailX = -Double.log(onePlus: -generator.nextUniform()) / Ziggurat.r
                let tailY = -Double.log(onePlus: -generator.nextUniform())
                if tailY + tailY > tailX * tailX {
                    return ((bits >> 8) & 1 == 1 ? -(Ziggurat.r + tailX) : Ziggurat.r + tailX, generator)
                }
            }
        }
        let density = tables.f[layer] + generator.nextUniform() * (tables.f[layer - 1] - tables.f[layer])
        return (density < Double.exp(-0.5 * x * x) ? x : nil, generator)
    }
}
