/// An error in what the user asked for: a field of the request, what is wrong with it, and
/// what would have been valid. The CLI answers it with exit code 2 and the API with 400,
/// each through one adapter; every other error is a failure (exit 1, HTTP 500).
///
/// ```swift
/// struct UnknownScheme: UserInputError {
///     var field: String { "scheme" }
///     var message: String { "unknown scheme 'acme'; valid: bernstein, epoch" }
///     var allowedValues: [String] { ["bernstein", "epoch"] }
/// }
/// ```
public protocol UserInputError: Error, CustomStringConvertible, Sendable {
    /// The request field at fault, as the API names it (`ticker`, `from`, `paths`, a parameter's name).
    var field: String { get }
    /// What is wrong, in a sentence that says what would be valid.
    var message: String { get }
    /// The values the field may take, when they are a short list (empty otherwise).
    var allowedValues: [String] { get }
}

extension UserInputError {
    public var description: String { message }
    public var allowedValues: [String] { [] }
}

/// A bad value of one request field, with the field, the message and the allowed values.
public struct InvalidInput: UserInputError, Equatable {
    public var field: String
    public var message: String
    public var allowedValues: [String]

    public init(field: String, message: String, allowedValues: [String] = []) {
        self.field = field
        self.message = message
        self.allowedValues = allowedValues
    }

    /// `field` is not one of `allowed`.
    public static func unknown(_ field: String, _ value: String, allowed: [String], what: String? = nil) -> InvalidInput {
        InvalidInput(field: field, message: "unknown \(what ?? field) '\(value)'; valid: \(allowed.joined(separator: ", "))", allowedValues: allowed)
    }
}
