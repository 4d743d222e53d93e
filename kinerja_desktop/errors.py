"""The one kind of error a user is meant to see, and messages as data.

Anything raised as :class:`UserError` is refused input or a refused action. It carries its message
as data: an Indonesian template with named fields (``"Nama pengguna '{username}' sudah dipakai."``,
``username=...``), so each interface renders it in its own language: the command line in
Indonesian (``str(err)``), the window through its translation catalogue (``render(err, translate)``,
the templates are extracted into it by ``tools/build_ui.py``). The message names the file, row or
field and says how to fix it. Every other exception is a bug.
"""


def render(value, translate=None, number=None) -> str:
    """``value`` in words: a refusal or a :class:`Text` through ``translate(template)`` (or as
    written, in Indonesian), its fields rendered the same way, fractional numbers through
    ``number`` (default: as Indonesians write them); anything else as ``str()``."""
    template = getattr(value, "template", None)
    if template is None:
        return str(value)
    text = _text(value, translate, number)
    details = getattr(value, "details", ())
    if not details:
        return text
    return "\n".join([text, *("  - " + render(d, translate, number) for d in details)])


def _indonesian(value: float) -> str:
    from .domain.numbers import format_number

    return format_number(value, "id")


def _field(field, translate, number):
    if hasattr(field, "template"):
        return render(field, translate, number)
    if isinstance(field, float):
        return (number or _indonesian)(field)
    return field


def _text(value, translate=None, number=None) -> str:
    fields = {name: _field(field, translate, number) for name, field in value.fields.items()}
    return ((translate(value.template) if translate else None) or value.template).format(**fields)


class Templated(Exception):
    """Base of the refusals: ``template`` (Indonesian, ``{name}`` fields), ``fields``; ``str()``
    is the Indonesian text. Subclasses add the meaning (refused input, a broken package...)."""

    def __init__(self, template: str, /, **fields):
        self.template, self.fields = template, fields
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The Indonesian text, without details."""
        return _text(self)

    def __str__(self) -> str:
        return render(self)

    def __reduce__(self):  # whole through pickle (a helper process hands its refusal over)
        return _rebuilt, (type(self), self.template, self.fields), self.__dict__


def _rebuilt(kind: type, template: str, fields: dict) -> "Templated":
    return kind(template, **fields)


class Text:
    """A message that is not a refusal (what an import did, say), as data like a refusal."""

    def __init__(self, template: str, /, **fields):
        self.template, self.fields = template, fields

    def __str__(self) -> str:
        return render(self)

    def __contains__(self, part: str) -> bool:  # reads like the sentence it is
        return part in str(self)

    def __eq__(self, other) -> bool:
        return isinstance(other, Text) and (self.template, self.fields) == (other.template, other.fields)

    def __repr__(self) -> str:
        return f"Text({self.template!r}, **{self.fields!r})"


def joined(items, separator: str = "; ") -> Text:
    """Several messages shown as one, each rendered in the interface's language."""
    items = list(items)
    return Text(separator.join(f"{{p{n}}}" for n in range(len(items))), **{f"p{n}": item for n, item in enumerate(items)})


class Message(str):
    """A message that must stay a ``str`` (an API promises one) yet carries its template and
    fields, so the window can render it in its language. Its value is the Indonesian text."""

    def __new__(cls, template: str, /, **fields):
        text = super().__new__(cls, render(Text(template, **fields)))
        text.template, text.fields = template, fields
        return text


class UserError(Templated):
    """Refused input or action; ``details`` are more refusals (or texts) listed under it."""

    def __init__(self, template: str, /, *, details=(), **fields):
        self.details = tuple(details)
        super().__init__(template, **fields)


class NotFound(UserError):
    """A record the user named does not exist."""


class NotAllowed(UserError):
    """The action is refused by a rule of the workflow or by the user's role."""
