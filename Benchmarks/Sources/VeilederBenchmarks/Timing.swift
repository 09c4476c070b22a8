/// Plain `ContinuousClock` timing: warm-up runs, then many timed runs, reported as median and p90.
///
/// Why not a benchmark library: the figures we need (median microseconds per call) are simple, and a
/// dependency would slow the cold build on a 2-core machine more than it would help.
struct Timing {
    /// Median and 90th percentile of the timed runs, in microseconds.
    struct Summary {
        var median: Double
        var p90: Double
        var runs: Int

        /// "12.3 µs median, 20.1 µs p90 (n = 4000)".
        var rendered: String {
            "\(format(median)) µs median, \(format(p90)) µs p90 (n = \(runs))"
        }
    }

    /// Times `body` once per input, `rounds` times over all inputs, after `warmUp` untimed rounds.
    static func measure<Input, Output>(
        inputs: [Input], warmUp: Int = 3, rounds: Int = 20, _ body: (Input) -> Output
    ) -> Summary {
        let clock = ContinuousClock()
        var sink = 0
        for _ in 0..<warmUp {
            for input in inputs { sink &+= hashValue(of: body(input)) }
        }
        var samples: [Double] = []
        samples.reserveCapacity(inputs.count * rounds)
        for _ in 0..<rounds {
            for input in inputs {
                let start = clock.now
                let output = body(input)
                let elapsed = clock.now - start
                sink &+= hashValue(of: output)
                samples.append(microseconds(elapsed))
            }
        }
        if sink == 42 { print("", terminator: "") }  // keeps results alive so the optimiser cannot drop the work
        return summarize(samples)
    }

    /// Times a whole operation `runs` times after `warmUp` untimed runs (for slow things like compiling).
    static func measureWhole<Output>(warmUp: Int = 2, runs: Int = 15, _ body: () -> Output) -> Summary {
        let clock = ContinuousClock()
        var sink = 0
        for _ in 0..<warmUp { sink &+= hashValue(of: body()) }
        var samples: [Double] = []
        for _ in 0..<runs {
            let start = clock.now
            let output = body()
            samples.append(microseconds(clock.now - start))
            sink &+= hashValue(of: output)
        }
        if sink == 42 { print("", terminator: "") }
        return summarize(samples)
    }

    static func summarize(_ samples: [Double]) -> Summary {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return Summary(median: 0, p90: 0, runs: 0) }
        let median = sorted.count % 2 == 1
            ? sorted[sorted.count / 2]
            : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        let p90 = sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.9))]
        return Summary(median: median, p90: p90, runs: sorted.count)
    }

    static func microseconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) * 1_000_000 + Double(parts.attoseconds) / 1_000_000_000_000
    }

    /// A cheap value derived from any result, so the call cannot be optimised away.
    static func hashValue<T>(of value: T) -> Int {
        withUnsafeBytes(of: value) { bytes in bytes.count &+ Int(bytes.first ?? 0) }
    }
}

/// One decimal place.
func format(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10).\(abs(tenths % 10))"
}
