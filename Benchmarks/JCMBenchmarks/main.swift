import Foundation
import JCMKit

/// Measures the engine on the shipped examples: `swift run -c release jcm-benchmarks [iterations]`.
/// Prints the median and the fastest time of each step; nothing here is asserted by tests.
struct Benchmark {
    let name: String
    let body: () throws -> Void

    func measure(iterations: Int) throws -> (median: Duration, fastest: Duration) {
        let clock = ContinuousClock()
        var samples: [Duration] = []
        for _ in 0..<iterations {
            samples.append(try clock.measure { try body() })
        }
        samples.sort()
        return (samples[samples.count / 2], samples[0])
    }
}

let iterations = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 50
let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
let methodologies = root.appendingPathComponent("Methodologies").path
let catalog = try Catalog.load(from: methodologies)
let examples = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Examples").path).sorted()
    .filter { FileManager.default.fileExists(atPath: root.appendingPathComponent("Examples/\($0)/project.yaml").path) }

var benchmarks = [Benchmark(name: "load catalog") { _ = try Catalog.load(from: methodologies) }]
for example in examples {
    let path = root.appendingPathComponent("Examples/\(example)/project.yaml").path
    let loaded = try ProjectLoader.load(path, catalog: catalog)
    benchmarks.append(Benchmark(name: "\(example): load") { _ = try ProjectLoader.load(path, catalog: catalog) })
    benchmarks.append(Benchmark(name: "\(example): check") { _ = try EligibilityChecker.check(loaded) })
    benchmarks.append(Benchmark(name: "\(example): calc") { _ = try Calculation.run(loaded) })
}

print("jcm \(ToolVersion.current) benchmarks, \(iterations) iterations each (median / fastest)")
for benchmark in benchmarks {
    let (median, fastest) = try benchmark.measure(iterations: iterations)
    func ms(_ duration: Duration) -> String { String(format: "%8.3f ms", Double(duration.components.attoseconds) / 1e15 + Double(duration.components.seconds) * 1000) }
    print("\(benchmark.name.padding(toLength: 52, withPad: " ", startingAt: 0)) \(ms(median)) \(ms(fastest))")
}
