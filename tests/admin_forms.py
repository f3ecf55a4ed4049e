"""Admin forms as a browser submits them: read from the page's HTML, changed, posted."""

from html.parser import HTMLParser

TYPED_INPUTS = ("text", "url", "email", "tel", "search")


class _FormReader(HTMLParser):
    """The fields of the page's main POST form (the admin's change form, history form,
    or changelist), with the values a browser would send for them unchanged."""

    def __init__(self, form_id: str | None):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.depth = 0  # inside the wanted form while > 0
        self.fields: list[tuple[str, str]] = []
        self.typed: set[str] = set()  # text a person types (not choices, dates, numbers)
        self.textarea: str | None = None
        self.text = ""
        self.select: str | None = None
        self.multiple = False
        self.options: list[tuple[str, bool]] = []
        self.option_value: str | None = None
        self.option_selected = False
        self.option_text = ""
        self.done = False

    def _wanted(self, attrs: dict) -> bool:
        if attrs.get("method", "").lower() != "post":
            return False
        if self.form_id is None:
            return attrs.get("id") != "logout-form"  # the header's, on every admin page
        return attrs.get("id") == self.form_id

    def handle_starttag(self, tag, attrs):
        attrs = {name: value if value is not None else "" for name, value in attrs}
        if tag == "form":
            if self.depth:
                self.depth += 1
            elif not self.done and self._wanted(attrs):
                self.depth = 1
            return
        if not self.depth:
            return
        name = attrs.get("name")
        if tag == "input" and name and "disabled" not in attrs:
            kind = attrs.get("type", "text").lower()
            if kind in ("submit", "button", "image", "reset", "file"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.fields.append((name, attrs.get("value", "on" if kind == "checkbox" else "")))
            classes = attrs.get("class", "")
            if kind in TYPED_INPUTS and "vDateField" not in classes and "vTimeField" not in classes:
                self.typed.add(name)
        elif tag == "textarea" and name:
            self.textarea, self.text = name, ""
            self.typed.add(name)
        elif tag == "select" and name:
            self.select, self.multiple, self.options = name, "multiple" in attrs, []
        elif tag == "option" and self.select:
            self.option_value = attrs.get("value")
            self.option_selected = "selected" in attrs
            self.option_text = ""

    def handle_data(self, data):
        if self.textarea is not None:
            self.text += data
        elif self.select and self.option_value is None and self.options is not None:
            self.option_text += data

    def handle_endtag(self, tag):
        if tag == "form" and self.depth:
            self.depth -= 1
            self.done = self.depth == 0
        elif tag == "textarea" and self.textarea is not None:
            # A browser drops the one newline that follows <textarea>.
            self.fields.append((self.textarea, self.text.removeprefix("\n")))
            self.textarea = None
        elif tag == "option" and self.select:
            value = self.option_value if self.option_value is not None else self.option_text
            self.options.append((value, self.option_selected))
            self.option_value = None
        elif tag == "select" and self.select:
            chosen = [value for value, selected in self.options if selected]
            if not chosen and not self.multiple and self.options:
                chosen = [self.options[0][0]]
            self.fields += [(self.select, value) for value in chosen]
            self.select = None


class FormData(dict):
    """A form's fields and values, knowing which of them a person types."""

    typed: frozenset = frozenset()

    def retyped(self, suffix: str) -> "FormData":
        """The same form with every typed value changed (an address kept valid)."""
        out = FormData(self)
        out.typed = self.typed
        for name in self.typed:
            value = self.get(name)
            if isinstance(value, str) and value:
                out[name] = f"{suffix}-{value}" if "@" in value else f"{value}-{suffix}"
        return out


def form_fields(html: str, form_id: str | None = None) -> FormData:
    """The fields of the page's main POST form (or the one with this id) as the test
    client posts them: one value, or a list for a field sent several times."""
    reader = _FormReader(form_id)
    reader.feed(html)
    data = FormData()
    data.typed = frozenset(name for name in reader.typed if "__prefix__" not in name)
    for name, value in reader.fields:
        if "__prefix__" in name:
            continue  # the template row an inline adds with JavaScript
        if name in data:
            before = data[name]
            data[name] = [*before, value] if isinstance(before, list) else [before, value]
        else:
            data[name] = value
    data.pop("csrfmiddlewaretoken", None)
    return data
