"""The error hierarchy: one root, specific subclasses."""


class SummitwatchError(Exception):
    """Root of every error summitwatch raises on purpose."""


class ArticleError(SummitwatchError):
    """An article could not be read or parsed."""


class ReferenceError_(SummitwatchError):
    """Reference data is missing or malformed."""


class FetchError(SummitwatchError):
    """A URL could not be fetched; `reason` is a short machine-readable code."""

    def __init__(self, reason: str, message: str, url: str = "") -> None:
        super().__init__(message)
        self.reason = reason
        self.url = url


class ExtractionError(SummitwatchError):
    """Text or metadata could not be extracted from a document."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


class WarehouseError(SummitwatchError):
    """The event store refused an operation."""


class TransientFetchError(FetchError):
    """A fetch failed in a way that may pass if tried later (timeout, 429, 5xx, connection error)."""

    def __init__(self, reason: str, message: str, url: str = "", retry_after: float | None = None) -> None:
        super().__init__(reason, message, url)
        self.retry_after = retry_after


class FeedError(SummitwatchError):
    """A feed or the feeds file could not be read; `reason` is a short machine-readable code."""

    def __init__(self, reason: str, message: str, url: str = "") -> None:
        super().__init__(message)
        self.reason = reason
        self.url = url
