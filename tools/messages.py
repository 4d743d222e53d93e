"""The messages the services raise or return as data (kinerja_desktop.errors), collected from the
source for the translation catalogue, context ``Messages``.

    python tools/messages.py            # list them, with where each is written
    python tools/build_ui.py --lupdate  # adds new ones to resources/translations/kinerja_*.ts

A message is the literal first argument of a refusal or ``Text(...)`` call, or a value of one of
the ``TABLES`` below. tests/unit/test_messages.py checks each has a finished English translation
with the same fields."""

import ast
import string
import sys
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "kinerja_desktop"
CONTEXT = "Messages"
CALLS = {"UserError", "NotFound", "NotAllowed", "NipError", "PackageRefused", "ContainerRefused", "JsonRefused",
         "SignatureRefused", "SealBroken", "Text", "Message"}
TABLES = {"services/checks.py": "KINDS", "domain/workflow.py": "_SKP_REFUSALS", "domain/distribution.py": "_GUIDANCE"}
SKIPPED = ("ui", "cli", "errors.py")  # the window translates through tr(); the command line speaks
                                      # Indonesian; errors.py is the mechanism


def _call_name(node: ast.Call) -> str | None:
    f = node.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None


def _super_inits(tree: ast.AST) -> set[int]:
    """``super().__init__(...)`` calls inside subclasses of a refusal: they carry a message too."""
    found = set()
    for cls in ast.walk(tree):
        if isinstance(cls, ast.ClassDef) and {getattr(b, "id", None) for b in cls.bases} & (CALLS | {"Templated"}):
            for node in ast.walk(cls):
                f = getattr(node, "func", None)
                if isinstance(f, ast.Attribute) and f.attr == "__init__" and isinstance(f.value, ast.Call) \
                        and getattr(f.value.func, "id", None) == "super":
                    found.add(id(node))
    return found


def collect() -> tuple[dict[str, list[str]], list[str]]:
    """(message -> places it is written, places whose message is not a literal)."""
    found: dict[str, list[str]] = {}
    dynamic: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] in SKIPPED:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        inits = _super_inits(tree)
        for node in ast.walk(tree):
            where = f"{relative}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Call) and (_call_name(node) in CALLS or id(node) in inits) and node.args:
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.setdefault(arg.value, []).append(where)
                elif not (isinstance(arg, ast.Subscript) and isinstance(arg.value, ast.Name)
                          and arg.value.id in TABLES.values()):
                    dynamic.append(f"{where}: {ast.unparse(arg)[:80]}")
            elif isinstance(node, ast.Assign) and relative.as_posix() in TABLES and TABLES[relative.as_posix()] in {
                    getattr(t, "id", None) for t in node.targets} and isinstance(node.value, ast.Dict):
                for value in node.value.values:
                    if isinstance(value, ast.Constant) and isinstance(value.value, str):
                        found.setdefault(value.value, []).append(where)
    return {m: places for m, places in found.items() if _has_words(m)}, dynamic


def _has_words(message: str) -> bool:
    """"{reason}" or "{problems}" carry no words to translate."""
    return any(ch.isalpha() for literal, *_ in string.Formatter().parse(message) for ch in literal or "")


def fields(message: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(message) if name}


def merge_into(ts: Path, messages: dict[str, list[str]], keep: dict[str, str | None] | None = None) -> int:
    """Add the messages missing from ``ts`` (unfinished, for Qt Linguist, or with their translation
    from ``keep``: lupdate drops this context, so the caller saves it first); drop those no longer
    written; keep every translation already made. Returns how many are still untranslated."""
    tree = ElementTree.parse(ts)
    root = tree.getroot()
    context = next((c for c in root.findall("context") if c.findtext("name") == CONTEXT), None)
    if context is None:
        context = ElementTree.SubElement(root, "context")
        ElementTree.SubElement(context, "name").text = CONTEXT
    present = {m.findtext("source"): m for m in context.findall("message")}
    for source, element in present.items():
        if source not in messages:
            context.remove(element)
    keep = keep or {}
    for source in sorted(set(messages) - set(present)):
        element = ElementTree.SubElement(context, "message")
        ElementTree.SubElement(element, "source").text = source
        if keep.get(source):
            ElementTree.SubElement(element, "translation").text = keep[source]
        else:
            ElementTree.SubElement(element, "translation", type="unfinished")
    added = sum(1 for source in messages if not keep.get(source) and source not in present)
    ElementTree.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return added


def translations(ts: Path) -> dict[str, str | None]:
    """source -> finished translation (None when unfinished) of the ``Messages`` context."""
    root = ElementTree.parse(ts).getroot()
    out = {}
    for context in root.findall("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.findall("message"):
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete")
            out[message.findtext("source")] = translation.text if finished and translation.text else None
    return out


if __name__ == "__main__":
    messages, dynamic = collect()
    for message, places in sorted(messages.items()):
        print(f"{places[0]}: {message}")
    for place in dynamic:
        print(f"NOT A LITERAL {place}", file=sys.stderr)
    print(f"{len(messages)} messages, {len(dynamic)} not literal", file=sys.stderr)
