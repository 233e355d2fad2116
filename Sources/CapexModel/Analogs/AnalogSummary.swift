/// The plain-words summary of an ``AnalogComparison``: where the AI cycle stands against the
/// others, each sentence built from the points it cites.
enum AnalogSummary {
    static func lines(metric: AnalogMetric, points: [AnalogPoint], analogs: [Observation]) -> [String] {
        switch metric {
        case .investmentPctGDP: investment(points, analogs: analogs)
        case .capexPctRevenue: capexIntensity(points)
        case .utilisation: utilisation(points)
        }
    }

    static func percent(_ value: Double) -> String { NumberText.fixed(value, digits: 2) + "%" }

    static func range(_ point: AnalogPoint) -> String {
        if let value = point.value { return NumberText.compact(value) + "%" }
        return "\(NumberText.compact(point.low ?? .nan))-\(NumberText.compact(point.high ?? .nan))%"
    }

    static func investment(_ points: [AnalogPoint], analogs: [Observation]) -> [String] {
        var lines: [String] = []
        let ai = points.filter { $0.metric == "peer_capex_pct_us_gdp" }
        let telecom = points.filter { $0.metric == "digital_infrastructure_investment_pct_us_gdp" }
        if let latest = ai.last, let value = latest.value, let first = ai.first?.value, let firstYear = ai.first?.firstYear {
            var line = "AI: the peer set's capex reached \(percent(value)) of US GDP in FY\(latest.periodText) "
                + "(year \(latest.yearsSinceStart?.first ?? 0) of the cycle), from \(percent(first)) in FY\(firstYear) (\(latest.evidence.mark))."
            let cited = points.filter { $0.cycle.id == AnalogCycle.aiID && $0.metric == "investment_pct_gdp" && $0.firstYear != nil }
            let nextYear = (latest.firstYear ?? 0) + 1
            if let estimate = cited.last(where: { ($0.firstYear ?? 0) <= nextYear }) {
                line += " Cited estimates put \(estimate.periodText) at \(range(estimate)) (\(estimate.tier?.rawValue ?? "")), counting more than the five companies"
                if let forecast = cited.last(where: { ($0.firstYear ?? 0) > nextYear }) {
                    line += ", and one forecast \(range(forecast)) for \(forecast.periodText) (\(forecast.tier?.rawValue ?? ""))"
                }
                line += "."
            }
            lines.append(line)
        }
        if let peak = telecom.max(by: { ($0.value ?? 0) < ($1.value ?? 0) }), let peakValue = peak.value, let peakYear = peak.firstYear {
            var line = "Telecom and fibre: US investment in digital infrastructure peaked at \(percent(peakValue)) of GDP in \(peakYear) "
                + "(year \(peakYear - peak.cycle.startYear)), the year capex peaked"
            if let later = telecom.first(where: { $0.firstYear == peakYear + 3 }), let laterValue = later.value {
                line += ", and fell to \(percent(laterValue)) by \(peakYear + 3)"
            }
            let revenuePeak = analogs.first { $0.subject == AnalogCycle.telecomID && $0.measure == "revenue_peak_year" }?.value
            let capexPeak = analogs.first { $0.subject == AnalogCycle.telecomID && $0.measure == "capex_peak_year" }?.value
            if let revenuePeak, let capexPeak {
                line += ". The lag: carrier revenue peaked in \(Int(revenuePeak)) and capex in \(Int(capexPeak)), so spending kept growing \(Int(capexPeak - revenuePeak)) years after revenue turned"
            }
            lines.append(line + ".")
            if let latest = ai.last?.value {
                let comparison = latest > peakValue ? "above" : "below"
                lines.append("Where AI stands: at \(percent(latest)) of GDP the five companies alone are \(comparison) the telecom peak of \(percent(peakValue)) "
                    + "(\(NumberText.fixed(latest / peakValue, digits: 1))x), in year \(ai.last?.yearsSinceStart?.first ?? 0) of their cycle against year \(peakYear - peak.cycle.startYear) of telecom's.")
            }
        }
        let railways = points.filter { ["railway_uk", "railroad_us"].contains($0.cycle.id) && $0.firstYear != nil }
        if !railways.isEmpty {
            lines.append("Railways: " + railways.map { point in
                "\(point.cycle.label) \(range(point)) in \(point.periodText)\(point.contested ? " (contested)" : "") (\(point.tier?.rawValue ?? ""))"
            }.joined(separator: "; ") + ". Shares of national income or GNP are not strictly shares of GDP; contested figures are ranges, not facts.")
        }
        return lines
    }

    static func capexIntensity(_ points: [AnalogPoint]) -> [String] {
        var lines: [String] = []
        if let latest = points.last(where: { $0.metric == "peer_capex_pct_revenue" }), let value = latest.value {
            lines.append("AI: the peer set spent \(percent(value)) of its revenue on capex in FY\(latest.periodText) (\(latest.evidence.mark), from filings).")
        }
        if let telecom = points.first(where: { $0.cycle.id == AnalogCycle.telecomID && $0.metric == "capex_pct_revenue" }) {
            lines.append("Telecom: carrier capex reached \(range(telecom)) of sales in \(telecom.periodText) (\(telecom.tier?.rawValue ?? "")), the year after the peak.")
        }
        let bands = points.filter { $0.cycle.id.hasSuffix("_benchmark") }
        if !bands.isEmpty {
            lines.append("Reference bands: " + bands.map { "\($0.cycle.label) \(range($0))\($0.note.map { " (\($0))" } ?? "")" }.joined(separator: "; ") + ".")
        }
        return lines
    }

    static func utilisation(_ points: [AnalogPoint]) -> [String] {
        var lines: [String] = []
        let lit = points.filter { $0.metric == "fiber_lit_pct" }
        if let low = lit.compactMap(\.value).min(), let high = lit.compactMap(\.value).max() {
            let years = Set(lit.compactMap(\.firstYear)).sorted().map(String.init).joined(separator: "-")
            lines.append("Fibre: \(NumberText.compact(low))-\(NumberText.compact(high))% of installed US fibre was lit in \(years), years 5-6 of the cycle.")
        }
        if let used = points.first(where: { $0.metric == "capacity_used_pct" }), let value = used.value {
            lines.append("By \(used.periodText) about \(NumberText.compact(value))% of capacity was used (\(used.tier?.rawValue ?? "")).")
        }
        if !points.contains(where: { $0.cycle.id == AnalogCycle.aiID }) {
            lines.append("AI: the data has no sourced utilisation figure for AI data centres or accelerators; the scenarios treat it as an assumption.")
        }
        return lines
    }
}
