#if canImport(Glibc)
  import Glibc
#endif
import GlossCore

/// Where the shipped models live: `$GLOSS_MODELS`, else `Models/` in the
/// current folder, else the `Models/` folder of the checkout the `gloss`
/// executable was built in (found by walking up from the executable).
enum ModelLocation {
  /// The path of the shipped model file `name`, or `nil` if none is found.
  static func shipped(_ name: String) -> String? {
    var folders: [String] = []
    if let env = getenv("GLOSS_MODELS") { folders.append(String(cString: env)) }
    folders.append("Models")
    var buffer = [CChar](repeating: 0, count: 4096)
    let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    if length > 0 {
      var path = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      while let slash = path.lastIndex(of: "/"), slash != path.startIndex {
        path = String(path[..<slash])
        folders.append(path + "/Models")
      }
    }
    for folder in folders where FileSystem.fileExists(atPath: folder + "/" + name) {
      return folder + "/" + name
    }
    return nil
  }

  /// `explicit` if given, else the shipped model `name`, else a failure.
  static func resolve(_ explicit: String?, shipped name: String) throws -> String {
    if let explicit { return explicit }
    if let found = shipped(name) { return found }
    throw CLIFailure("No model given and the shipped model \(name) was not found; pass --model FILE.")
  }
}
