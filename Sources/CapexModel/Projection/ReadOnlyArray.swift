/// An immutable array read through a raw pointer, for data that hot loops on several threads
/// read at once: indexing a Swift `Array` stored in a shared value can retain and release its
/// buffer, and those reference-count updates make threads fight over one cache line.
struct ReadOnlyArray<Element: BitwiseCopyable>: @unchecked Sendable {
    /// Frees the elements when the last copy of the array goes.
    private final class Owner {
        let pointer: UnsafeMutablePointer<Element>
        init(_ pointer: UnsafeMutablePointer<Element>) { self.pointer = pointer }
        deinit { pointer.deallocate() }
    }

    private let owner: Owner
    let base: UnsafePointer<Element>
    let count: Int

    init(_ elements: [Element]) {
        let pointer = UnsafeMutablePointer<Element>.allocate(capacity: max(1, elements.count))
        pointer.initialize(from: elements, count: elements.count)
        owner = Owner(pointer)
        base = UnsafePointer(pointer)
        count = elements.count
    }

    @inline(__always)
    subscript(index: Int) -> Element { base[index] }
}
