"""Find and check a rule's example pairs: the default one and each framework's.

The default pair lives in `snippets/<ID>/`; a framework variant such as Django's in
`snippets/<ID>/django/`, which then must hold both GOOD and BAD. Each example must be
made of files some checker can prove, be text without template placeholders, have a
`main.py` when it is a folder of Python modules, and carry the right markers: BAD
marks a line with the rule's ID, GOOD never does.
"""

from __future__ import annotations

from pathlib import Path

from rulebook.rules.artefacts import SUPPORTED, artefact_kind
from rulebook.rules.examples import (
    DEFAULT_FRAMEWORK,
    FOLDER_ENTRY,
    VARIANT_FRAMEWORKS,
    Example,
    ExamplePair,
    Framework,
    Kind,
    example_folder,
    find_example,
    has_pair_folder,
)
from rulebook.rules.placeholders import placeholder_problems
from rulebook.rules.problems import ProblemLog
from rulebook.validate.text_format import format_problems

SNIPPETS_DIR = Path("snippets")


class ExampleReader:
    """Reads one rule's example pairs, adding each problem to the rule's log."""

    def __init__(self, log: ProblemLog, root: Path) -> None:
        """`root` is the rulebook's folder, which holds `snippets/`."""
        self.log = log
        self.root = root
        self.rule_id = log.rule_id

    def read_default(self) -> ExamplePair | None:
        """The pair in `snippets/<ID>/`, or None when either example is unusable."""
        return self._pair(DEFAULT_FRAMEWORK)

    def read_variants(self) -> tuple[ExamplePair, ...] | None:
        """The framework pairs that exist, or None when one of them is unusable.

        A framework's folder that exists must hold both examples; a framework with no
        folder (or one holding only tool caches) has no pair, which is fine.
        """
        pairs: list[ExamplePair] = []
        ok = True
        for framework in VARIANT_FRAMEWORKS:
            if not has_pair_folder(self.root / SNIPPETS_DIR, self.rule_id, framework):
                continue
            pair = self._pair(framework)
            if pair is None:
                ok = False
            else:
                pairs.append(pair)
        return tuple(pairs) if ok else None

    def _pair(self, framework: Framework) -> ExamplePair | None:
        good = self._example(Kind.GOOD, framework)
        bad = self._example(Kind.BAD, framework)
        if good is not None:
            self._check_good_markers(good)
        if bad is not None:
            self._check_bad_markers(bad)
        if good is None or bad is None:
            return None
        return ExamplePair(good, bad)

    def _example(self, kind: Kind, framework: Framework) -> Example | None:
        snippets = self.root / SNIPPETS_DIR
        example = find_example(snippets, self.rule_id, kind, framework)
        if example is None:
            self._missing(kind, framework)
            return None
        if not example.files:
            self.log.add(
                1,
                f"the {example.label} folder is empty",
                "put the example's files in it",
                example.location,
            )
            return None
        for path in example.files:
            if artefact_kind(path) is None:
                self.log.add(
                    1,
                    f"no checker knows how to prove '{path.name}'",
                    f"use one of: {SUPPORTED}",
                    path,
                )
        if (
            example.is_folder
            and example.python_files
            and not (example.location / FOLDER_ENTRY).is_file()
        ):
            self.log.add(
                1,
                f"the {example.label} folder has no {FOLDER_ENTRY}",
                f"add {example.location / FOLDER_ENTRY}: the module the suite runs",
                example.location,
            )
            return None
        for path in example.files:
            self.log.extend(format_problems(path, self.rule_id, path.read_bytes()))
            try:
                text = path.read_text()
            except UnicodeDecodeError:
                self.log.add(
                    1,
                    f"'{path.name}' is not a text file",
                    "remove it: examples are source, configuration or documents",
                    path,
                )
                return None
            self.log.extend(placeholder_problems(text, path, self.rule_id))
        return example

    def _missing(self, kind: Kind, framework: Framework) -> None:
        where = example_folder(SNIPPETS_DIR, self.rule_id, framework)
        hint = (
            f"add {where / f'{kind}.py'} (or {kind}.md for a document, or a "
            f"{where / str(kind)}/ folder of real files)"
        )
        if framework.is_default:
            self.log.add(1, f"the {kind.upper()} example is missing", hint)
            return
        self.log.add(
            1,
            f"the {framework.label} {kind.upper()} example is missing",
            f"{hint}; a {framework}/ folder holds both examples of the pair, "
            "or delete the folder",
            self.root / where,
        )

    def _check_good_markers(self, good: Example) -> None:
        for marker in good.markers():
            if marker.rule_id == self.rule_id:
                self.log.add(
                    marker.line,
                    f"{good.label} example carries the marker [{self.rule_id}]",
                    "a GOOD example breaks nothing: remove the marker",
                    marker.path,
                )

    def _check_bad_markers(self, bad: Example) -> None:
        if not any(marker.rule_id == self.rule_id for marker in bad.markers()):
            self.log.add(
                1,
                f"the {bad.label} example marks no line with # [{self.rule_id}]",
                f"end each offending line with '# [{self.rule_id}]'",
                bad.entry,
            )
