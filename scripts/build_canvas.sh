#!/usr/bin/env bash
# Rebuild the labeling canvas's browser code (app/canvas_frontend, a fork of
# gradio_image_annotation's frontend) into app/canvas_templates, which is committed: the app
# and its tests need no Node. Needs node + npm and the project's venv (gradio).
#
#   scripts/build_canvas.sh            # uses .venv/bin/python
#   PYTHON=python3 scripts/build_canvas.sh
#   CANVAS_NODE_MODULES=/path/to/node_modules scripts/build_canvas.sh   # skip npm ci
#
# Gradio's component builder (@gradio/preview) finds what to build through a Python package
# that names the component's frontend and template folders; a throwaway one is made here.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
python="${PYTHON:-$repo/.venv/bin/python}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cp -r "$repo/app/canvas_frontend" "$work/frontend"
rm -rf "$work/frontend/node_modules"
mkdir -p "$work/backend/gridclip_canvas_build"
cat > "$work/pyproject.toml" <<'TOML'
[project]
name = "gridclip_canvas_build"
version = "0.0.0"
keywords = ["gradio-custom-component"]

[tool.hatch.build]
artifacts = []
TOML
cat > "$work/backend/gridclip_canvas_build/__init__.py" <<'PY'
import gradio.components as _components


class GridclipCanvas(_components.Component):  # read by the builder, never instantiated
    TEMPLATE_DIR = "./templates/"
    FRONTEND_DIR = "../../frontend/"
PY

# node_modules lives outside the source folder, linked in: so built, the bundle holds what the
# canvas uses (about 400 KB); installed inside, vite also emits @gradio/atoms' markdown renderer
# with mermaid and KaTeX as never-loaded chunks (6.7 MB). The output works the same from any
# install folder, but is not byte-identical across them (Svelte's class hashes include paths).
if [ -n "${CANVAS_NODE_MODULES:-}" ]; then  # a node_modules installed before, to rebuild quickly
    node_modules="$CANVAS_NODE_MODULES"
else
    mkdir "$work/deps"
    cp "$work/frontend/package.json" "$work/frontend/package-lock.json" "$work/deps/"
    (cd "$work/deps" && npm ci --no-audit --no-fund --loglevel=error)
    node_modules="$work/deps/node_modules"
fi
ln -s "$node_modules" "$work/frontend/node_modules"
cd "$work/frontend"
preview="$(node -e "console.log(require.resolve('@gradio/preview'))")"
gradio_root="$("$python" -c 'import gradio, pathlib; print(pathlib.Path(gradio.__file__).parent / "templates" / "frontend")')"
PYTHONPATH="$work/backend" node "$preview" --component-directory "$work" --root "$gradio_root" \
    --mode build --python-path "$python"

built="$work/backend/gridclip_canvas_build/templates"
test -f "$built/component/index.js" || { echo "build failed: no $built/component/index.js" >&2; exit 1; }

# The builder's Vite leaves an ES library build readable (whitespace, its own names, a Svelte
# runtime per build); the committed bundle ships minified like any production build. esbuild
# (Vite's own, pinned by package-lock.json) minifies each emitted file by itself, so the chunks'
# imports and exports between one another keep their names; files are taken in sorted order and
# esbuild's output depends on the input alone, so a rebuild from the same source is the same.
node - "$built" <<'JS'
const esbuild = require("esbuild");
const fs = require("fs");
const path = require("path");
const loaders = { ".js": "js", ".css": "css" };
const files = fs.readdirSync(process.argv[2], { recursive: true }).sort();
for (const name of files) {
    const file = path.join(process.argv[2], name);
    const loader = loaders[path.extname(file)];
    if (!loader || !fs.statSync(file).isFile()) continue;
    const code = fs.readFileSync(file, "utf8");
    fs.writeFileSync(file, esbuild.transformSync(code, { loader, minify: true }).code);
}
JS
rm -rf "$repo/app/canvas_templates"
cp -r "$built" "$repo/app/canvas_templates"
echo "built app/canvas_templates ($(du -sh "$repo/app/canvas_templates" | cut -f1))"
