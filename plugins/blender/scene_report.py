"""Runs inside Blender, not on Jython: prints the open scene as one line of JSON after a marker.

    blender -b --factory-startup -noaudio --disable-autoexec SCENE.blend \
        --python-exit-code 3 --python scene_report.py -- MARKER

Blender prints plenty of its own on standard output, so the caller takes the last line that starts
with MARKER. The report holds what Blender knows (settings as they are, paths as written and as
Blender resolves them); blender_plugin.py decides what they mean for a render farm. A failure here
is reported as {"error": traceback} rather than lost among Blender's lines.
"""
import json
import sys
import traceback

import bpy


def main():
    arguments = sys.argv[sys.argv.index("--") + 1:] if "--" in sys.argv else []
    if len(arguments) != 1:
        raise SystemExit("scene_report.py wants one argument after '--': the marker")
    try:
        report = describe(bpy.context.scene)
    except Exception:
        report = {"error": traceback.format_exc()}
    sys.stdout.write(arguments[0] + json.dumps(report, ensure_ascii=True) + "\n")
    sys.stdout.flush()


def describe(scene):
    render = scene.render
    return {
        "blender": bpy.app.version_string,
        "file_version": "%d.%d" % tuple(bpy.data.version[:2]),
        "scene": scene.name,
        "frame_start": scene.frame_start,
        "frame_end": scene.frame_end,
        "frame_step": scene.frame_step,
        "fps": render.fps,
        "fps_base": render.fps_base,
        "resolution": [render.resolution_x, render.resolution_y],
        "percentage": render.resolution_percentage,
        "engine": render.engine,
        "camera": scene.camera.name if scene.camera else None,
        "fallback_camera": fallback_camera(scene),
        "cameras": cameras(scene),
        "view_layers": [{"name": layer.name, "use": bool(layer.use)} for layer in scene.view_layers],
        "output": {
            "path": render.filepath,
            "format": render.image_settings.file_format,
            "movie": bool(render.is_movie_format),
        },
        "files": files(),
    }


def cameras(scene):
    """The scene's camera objects, and whether a timeline marker switches to each."""
    on_markers = set(marker.camera.name for marker in scene.timeline_markers if marker.camera)
    found = [obj for obj in scene.objects if obj.type == "CAMERA"]
    if scene.camera is not None and scene.camera not in found:
        found.insert(0, scene.camera)
    return [{"name": obj.name, "on_marker": obj.name in on_markers} for obj in found]


def fallback_camera(scene):
    """The camera Blender renders through when the scene has none set: the first camera object of
    the first view layer that renders (else the first view layer), as Blender's renderer picks it."""
    if not scene.view_layers:
        return None
    rendering = [layer for layer in scene.view_layers if layer.use] or list(scene.view_layers)
    for obj in rendering[0].objects:
        if obj.type == "CAMERA":
            return obj.name
    return None


def files():
    """Every path Blender would read, as written and as Blender resolves it (relative to the file,
    or to the library the datablock comes from), with what kind of thing each path names."""
    written = bpy.utils.blend_paths(absolute=False, packed=False, local=False)
    resolved = bpy.utils.blend_paths(absolute=True, packed=False, local=False)
    if len(written) != len(resolved):
        raise RuntimeError("Blender listed %d paths as written but %d resolved"
                           % (len(written), len(resolved)))
    kinds = path_kinds()
    result = []
    for raw, absolute in zip(written, resolved):
        entry = {"raw": raw, "absolute": absolute}
        entry.update(kinds.get(raw, {"kind": "file"}))
        result.append(entry)
    return result + point_cache_folders()


def path_kinds():
    """What each written path names, where it is more than one plain file."""
    kinds = {}
    for image in bpy.data.images:
        if image.packed_file is not None:
            continue
        if image.source == "TILED":
            kinds[image.filepath] = {"kind": "udim", "tiles": [tile.number for tile in image.tiles]}
        elif image.source == "SEQUENCE":
            kinds[image.filepath] = {"kind": "sequence"}
        elif image.source in ("FILE", "MOVIE"):
            kinds.setdefault(image.filepath, {"kind": "image"})
    for clip in bpy.data.movieclips:
        kinds[clip.filepath] = {"kind": "sequence" if clip.source == "SEQUENCE" else "movie"}
    for volume in bpy.data.volumes:
        kinds[volume.filepath] = {"kind": "sequence" if volume.is_sequence else "volume"}
    for library in bpy.data.libraries:
        kinds[library.filepath] = {"kind": "library"}
    for sound in bpy.data.sounds:
        kinds.setdefault(sound.filepath, {"kind": "sound"})
    for cache in bpy.data.cache_files:
        kinds.setdefault(cache.filepath, {"kind": "cache file"})
    for obj in bpy.data.objects:
        for modifier in obj.modifiers:
            for folder in cache_folders(modifier):
                kinds[folder] = {"kind": "cache folder"}
    for scene in bpy.data.scenes:
        if scene.sequence_editor is None:
            continue
        for strip in scene.sequence_editor.sequences_all:
            if strip.type == "IMAGE" and len(strip.elements) > 0:
                kinds[strip.directory + strip.elements[0].filename] = {
                    "kind": "strip", "names": [element.filename for element in strip.elements]}
    return kinds


def cache_folders(modifier):
    """The folders a modifier keeps its baked cache in, as Blender lists them."""
    if modifier.type == "FLUID" and modifier.fluid_type == "DOMAIN":
        return [modifier.domain_settings.cache_directory]
    if modifier.type == "OCEAN":
        return [modifier.filepath]
    return []


def point_cache_folders():
    """The folders of point caches baked to disk (cloth, soft bodies, particles, rigid bodies),
    which Blender's path list leaves out: the cache's own folder when it is external, else
    //blendcache_NAME beside the file, as Blender names it."""
    stem = bpy.path.display_name_from_filepath(bpy.data.filepath)
    owners = []
    for obj in bpy.data.objects:
        for modifier in obj.modifiers:
            owners.append((getattr(modifier, "point_cache", None), obj.library))
        for system in obj.particle_systems:
            owners.append((system.point_cache, obj.library))
    for scene in bpy.data.scenes:
        if scene.rigidbody_world is not None:
            owners.append((scene.rigidbody_world.point_cache, scene.library))
    folders = []
    for cache, library in owners:
        if cache is None or not cache.use_disk_cache:
            continue
        raw = cache.filepath if cache.use_external else "//blendcache_" + stem
        entry = {"raw": raw, "absolute": bpy.path.abspath(raw, library=library),
                 "kind": "cache folder"}
        if entry not in folders:
            folders.append(entry)
    return folders


main()
