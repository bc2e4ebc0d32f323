"""The rooms of docs/ARCHITECTURE.md, read off the code's own imports: who may import whom, and
no import circle anywhere in the house (library, doors, benchmarks and scripts). Lazy imports
inside functions count too: a circle hidden in a function is still a circle for a reader. So do
the CLI's ``handler="module:function"`` strings, which import a module at run time."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ROOMS = ("gridclip", "storage", "backends", "app", "benchmarks", "scripts")
#: The library: imported by the doors, never importing a door, a benchmark or a script.
LIBRARY = ("gridclip", "storage")

#: Which of our modules each part of the house may import (a prefix allows its submodules).
#: The torch-free ``gridclip.vocabulary`` and ``gridclip.files`` are the types and file
#: helpers every room shares; inference never imports the world or the training program.
#: ``gridclip.training_data`` (torch-free too) is the training-data contract: the store builds
#: gridclip's own ``TrainingExample`` / ``TagExample`` with it and reads COCO through its one
#: reader, so the store may import it and nothing else of the training program.
ALLOWED: dict[str, tuple[str, ...]] = {
    "gridclip.vocabulary": ("gridclip.vocabulary",),
    "gridclip.files": ("gridclip.files",),
    "gridclip.training_data": ("gridclip.training_data", "gridclip.vocabulary", "gridclip.files"),
    "gridclip.model": ("gridclip.model", "gridclip.vocabulary", "gridclip.files"),
    "gridclip.inference": ("gridclip.inference", "gridclip.model", "gridclip.vocabulary", "gridclip.files"),
    "gridclip.training": ("gridclip.training", "gridclip.inference", "gridclip.model", "gridclip.vocabulary",
                          "gridclip.files", "gridclip.training_data"),
    "gridclip.world": ("gridclip",),
    "gridclip": ("gridclip.vocabulary", "gridclip.files", "gridclip.training_data", "gridclip.model",
                 "gridclip.inference", "gridclip.training"),
    "storage": ("storage", "gridclip.vocabulary", "gridclip.files", "gridclip.training_data"),
    "backends": ("backends", "storage", "gridclip"),
    "app": ("app", "backends", "storage", "gridclip", "benchmarks.speed"),  # `gridclip bench` runs the harness
    # Measurements may reach every room they measure, and start a PostgreSQL server as the tests do.
    "benchmarks": ("benchmarks", "gridclip", "storage", "backends", "app", "tests.pg_server"),
    # Scripts are programs: they use any room, and nothing imports them.
    "scripts": ("gridclip", "storage", "backends", "app", "benchmarks"),
}

#: Outside packages each library room may use (docs/ARCHITECTURE.md); the doors may use more.
THIRD_PARTY: dict[str, set[str]] = {
    "gridclip": {"torch", "torchvision", "open_clip", "supervision", "numpy", "PIL", "onnx", "onnxruntime",
                 "scipy", "safetensors", "platformdirs", "tqdm", "pycocotools"},
    "storage": {"sqlalchemy", "alembic", "PIL", "numpy", "supervision", "platformdirs", "yaml"},
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def our_modules() -> dict[str, Path]:
    return {module_name(p): p for room in ROOMS for p in sorted((ROOT / room).rglob("*.py"))}


def imports_of(path: Path, modules: dict[str, Path]) -> set[str]:
    """Every module ``path`` imports, at the top or inside a function: ours by full name (the
    submodule when ``from package import submodule``), others by their top-level name."""
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                found.add(candidate if candidate in modules else base)
    return found


def allowed_prefixes(module: str) -> tuple[str, ...]:
    owner = max((key for key in ALLOWED if module == key or module.startswith(key + ".")), key=len)
    return ALLOWED[owner]


def is_ours(name: str) -> bool:
    return name.split(".")[0] in ROOMS + ("tests",)


def dispatched_modules(path: Path, modules: dict[str, Path]) -> set[str]:
    """Modules that ``path`` names as ``"module:function"`` strings (the CLI's handlers), which
    it imports at run time."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.count(":") == 1:
            module, _, function = node.value.partition(":")
            if module in modules and function.isidentifier():
                found.add(module)
    return found


def import_graph(modules: dict[str, Path]) -> dict[str, set[str]]:
    """Our module -> our modules it imports, statically or through a handler string (``app.cli``
    names its ``app.commands_*`` handlers, which import their ``CommandError`` from ``app.errors``,
    so the parser and its handlers do not import each other)."""
    graph: dict[str, set[str]] = {}
    for module, path in modules.items():
        dispatched = dispatched_modules(path, modules)
        graph[module] = {i for i in imports_of(path, modules) | dispatched if i in modules and i != module}
    return graph


def test_every_import_keeps_to_the_room_rules():
    modules = our_modules()
    broken = []
    for module, path in modules.items():
        allowed = allowed_prefixes(module)
        room = module.split(".")[0]
        for imported in sorted(imports_of(path, modules) | dispatched_modules(path, modules)):
            if imported == module:
                continue
            if is_ours(imported):
                if not any(imported == p or imported.startswith(p + ".") for p in allowed):
                    broken.append(f"{module} imports {imported}")
            elif room in THIRD_PARTY:
                top = imported.split(".")[0]
                if top not in sys.stdlib_module_names and top not in THIRD_PARTY[room] and top != "__future__":
                    broken.append(f"{module} imports the outside package {top}")
    assert not broken, "imports against the room rules in docs/ARCHITECTURE.md:\n" + "\n".join(broken)


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    counter = [0]

    def visit(node: str) -> None:
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return cycles


def test_there_is_no_import_circle():
    assert not find_cycles(import_graph(our_modules()))


def test_the_house_covers_benchmarks_and_scripts_and_the_cli_handlers():
    """The checks above see every part of the house, and the CLI's run-time imports."""
    modules = our_modules()
    assert {"benchmarks.speed", "benchmarks.quality", "scripts.build_demo_model"} <= set(modules)
    handlers = dispatched_modules(modules["app.cli"], modules)
    assert {"app.commands_store", "backends.commands"} <= handlers
    assert "backends.commands" in import_graph(modules)["app.cli"]


def test_no_library_room_imports_a_door_a_benchmark_or_a_script():
    for module in our_modules():
        if module.split(".")[0] in LIBRARY:
            assert not any(p.split(".")[0] in ("app", "backends", "benchmarks", "scripts", "tests")
                           for p in allowed_prefixes(module)), module


def test_the_cycle_finder_finds_a_circle_through_three_modules():
    assert find_cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert find_cycles({"a": {"b"}, "b": set()}) == []


def test_the_rules_catch_a_library_room_importing_a_door(tmp_path):
    """The rule table has teeth: a made-up module that breaks it is reported."""
    assert not any(p.startswith("app") for p in allowed_prefixes("gridclip.model.network"))
    assert not any(p.startswith(("benchmarks", "scripts")) for p in allowed_prefixes("storage.store"))
    assert not any(p.startswith("scripts") for p in allowed_prefixes("benchmarks.quality"))
    assert not any(p == "gridclip.world" for p in allowed_prefixes("gridclip.inference.detector"))
    assert "app" not in allowed_prefixes("backends.commands")


@pytest.mark.parametrize("package, forbidden", [("storage", "torch"), ("gridclip.inference.detector", "gridclip.world"),
                                                ("gridclip", "torch")])
def test_importing_a_room_does_not_load_what_it_must_not(package, forbidden):
    """At run time too: the store never loads torch; inference never loads the synthetic world."""
    code = f"import sys, {package}; print('{forbidden}' in sys.modules or any(m.startswith('{forbidden}.') for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
