// swift-tools-version:6.0
// Coverage-guided fuzz targets (libFuzzer). Not part of `swift test`: scripts/fuzz.sh builds them
// with -sanitize=fuzzer,address and runs each against its seed corpus.
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its folder, which differs from one clone to another.
let jcm = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "jcm-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "FuzzSupport"),
        .executableTarget(name: "FuzzRules", dependencies: ["FuzzSupport", .product(name: "JCMRules", package: jcm), .product(name: "JCMUnits", package: jcm)]),
        .executableTarget(name: "FuzzQuantity", dependencies: ["FuzzSupport", .product(name: "JCMUnits", package: jcm)]),
        .executableTarget(name: "FuzzProject", dependencies: ["FuzzSupport", .product(name: "JCMKit", package: jcm), .product(name: "JCMReports", package: jcm)]),
        .executableTarget(name: "FuzzXML", dependencies: ["FuzzSupport", .product(name: "JCMXML", package: jcm)]),
        .executableTarget(name: "FuzzMeterData", dependencies: ["FuzzSupport", .product(name: "JCMMeterData", package: jcm),
                                                                .product(name: "JCMUnits", package: jcm)]),
    ]
)
