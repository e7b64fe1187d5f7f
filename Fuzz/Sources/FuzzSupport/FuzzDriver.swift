/// libFuzzer's driver. SwiftPM links an executable with `--defsym main=<target>_main`, which hides
/// libFuzzer's own `main`; each target defines `<target>_main` and calls `run` with its callback.
@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
               _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32) -> Int32

public enum FuzzDriver {
    public static func run(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
                           _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32) -> Int32 {
        var count = argc
        var arguments = argv
        return runDriver(&count, &arguments, callback)
    }

    /// The input as text; libFuzzer hands over arbitrary bytes.
    public static func text(_ data: UnsafePointer<UInt8>, _ size: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    }
}
