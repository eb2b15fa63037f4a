import GlossCore

/// The base entity model of `gloss train entities --from accepted --base`:
/// whose tags become features of the new model.
///
/// The new model records its base in its provenance as a source named
/// `base:shipped:<file>` (a shipped model, found again by name wherever the
/// models are installed) or `base:<absolute path>`, with the base file's
/// SHA-256, so tagging later loads the very same base or refuses with a
/// message that says how to retrain.
public struct BaseEntityModel: Sendable {
  /// The base model.
  public var model: SequenceModel
  /// The features the base model needs (its own gazetteer, POS, base).
  public var features: EntityFeatures
  /// The record stored in the new model's provenance.
  public var source: TrainingProvenance.Source

  /// The shipped entity model's file name.
  public static let shippedName = ModelCatalog.entities
  private static let prefix = "base:"
  private static let shippedPrefix = "shipped:"

  /// Loads the base named on the command line: `shipped` or a model file.
  public init(argument: String) throws {
    let reference: String
    let path: String
    if argument == "shipped" {
      reference = Self.shippedPrefix + Self.shippedName
      path = try ModelCatalog.resolve(nil, shipped: Self.shippedName)
    } else {
      path = argument
      guard let resolved = FileSystem.realPath(argument) else {
        throw ModelCatalogError(
          "Cannot find the base entity model \(argument); --base takes 'shipped' or a model file.")
      }
      reference = resolved
    }
    try self.init(path: path, reference: reference, expectedDigest: nil, user: nil)
  }

  /// Loads the base that `model` was trained with, or `nil` if it has none.
  ///
  /// - Throws: ``ModelCatalogError`` when the base cannot be found or is not the
  ///   file the model was trained with.
  public init?(of model: SequenceModel, modelName: String) throws {
    guard EntityFeatures.uses(kind: model.kind).base else { return nil }
    guard let recorded = model.provenance.sources.first(where: { $0.name.hasPrefix(Self.prefix) }) else {
      throw ModelCatalogError(
        "The entity model \(modelName) says it uses a base model but does not record which one; retrain it.")
    }
    let reference = String(recorded.name.dropFirst(Self.prefix.count))
    let path: String
    if reference.hasPrefix(Self.shippedPrefix) {
      let name = String(reference.dropFirst(Self.shippedPrefix.count))
      guard let found = ModelCatalog.shipped(name) else {
        throw ModelCatalogError(
          "The entity model \(modelName) builds on the shipped model \(name), which was not found (set GLOSS_MODELS to the folder of the shipped models)."
        )
      }
      path = found
    } else {
      path = reference
    }
    try self.init(path: path, reference: reference, expectedDigest: recorded.sha256, user: modelName)
  }

  private init(path: String, reference: String, expectedDigest: String?, user: String?) throws {
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.readFile(atPath: path)
    } catch {
      throw ModelCatalogError("Cannot read the base entity model \(path): \(error)")
    }
    let digest = SHA256.hexDigest(of: bytes)
    if let expectedDigest, let user, digest != expectedDigest {
      throw ModelCatalogError(
        "The entity model \(user) was trained on the base model \(path) with SHA-256 \(expectedDigest.prefix(12))…, but that file now has \(digest.prefix(12))…; retrain with gloss train entities --from accepted --base."
      )
    }
    let model = try SequenceModel(contentsOfFile: path)
    guard model.kind.hasPrefix("entities") else {
      throw ModelCatalogError("\(path) is a \(model.kind) model, not an entity model; --base takes an entity model.")
    }
    self.model = model
    self.features = try EntityFeatures.load(for: model, name: path)
    self.source = TrainingProvenance.Source(
      name: Self.prefix + reference, sha256: digest, sentences: 0, tokens: 0)
  }
}
