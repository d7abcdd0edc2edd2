from pathlib import Path

from pharmalens.model.records import Skipped
from pharmalens.sources.files import expand_paths, read_source


def test_folders_expand_to_supported_files_in_order(tmp_path):
    (tmp_path / "b.txt").write_text("b")
    (tmp_path / "a.html").write_text("a")
    (tmp_path / "c.pdf").write_bytes(b"%PDF")
    (tmp_path / "d.xlsx").write_bytes(b"PK")
    (tmp_path / "README.md").write_text("index")
    files, skipped = expand_paths([tmp_path, tmp_path / "missing.txt"])
    assert [f.name for f in files] == ["a.html", "b.txt", "c.pdf"]
    assert skipped[0].code == "not_found"


def test_empty_large_and_unsupported_files_are_skipped_with_reasons(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    big = tmp_path / "big.txt"
    big.write_text("x" * 100)
    other = tmp_path / "x.xlsx"
    other.write_text("x")
    assert read_source(empty, 1000).code == "empty"
    too_large = read_source(big, 10)
    assert isinstance(too_large, Skipped) and too_large.code == "too_large" and "100" in too_large.reason
    assert read_source(other, 1000).code == "unsupported_type"


def test_a_sidecar_names_where_a_file_came_from(tmp_path):
    shortcut = tmp_path / "heron.txt"
    shortcut.write_text("Heron Bio news")
    (tmp_path / "heron.url").write_text("[InternetShortcut]\r\nURL=https://heron.example.org/pr/5\r\n")
    bare = tmp_path / "wren.md"
    bare.write_text("Wren news")
    (tmp_path / "wren.md.url").write_text("\ufeff\nhttps://wire.example.com/wren\n")
    none = tmp_path / "kite.txt"
    none.write_text("Kite news")
    (tmp_path / "kite.url").write_text("file:///etc/passwd\n")
    assert read_source(shortcut, 1000).url == "https://heron.example.org/pr/5"
    assert read_source(bare, 1000).url == "https://wire.example.com/wren"
    assert read_source(none, 1000).url is None
    files, skipped = expand_paths([tmp_path])
    assert [f.name for f in files] == ["heron.txt", "kite.txt", "wren.md"] and not skipped


def test_a_folder_manifest_lists_where_files_came_from(tmp_path):
    text = tmp_path / "text"
    text.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (text / name).write_text(f"{name} news")
    (tmp_path / "SOURCES.tsv").write_text(
        "file\toutlet\turl\na.txt\tWire\thttps://wire.example.com/a\ntext/b.txt\tDaily\thttps://daily.example.org/b\n"
        "c.txt\tLocal\tftp://files.example.org/c\n", encoding="utf-8")
    (text / "a.txt.url").write_text("https://sidecar.example.net/a")
    assert read_source(text / "a.txt", 1000).url == "https://sidecar.example.net/a"  # the sidecar first
    assert read_source(text / "b.txt", 1000).url == "https://daily.example.org/b"
    assert read_source(text / "c.txt", 1000).url is None
    (text / "a.txt.url").unlink()
    assert read_source(text / "a.txt", 1000).url == "https://wire.example.com/a"
    files, skipped = expand_paths([tmp_path])
    assert [f.name for f in files] == ["a.txt", "b.txt", "c.txt"] and not skipped


def test_symlink_loops_are_reported_by_name(tmp_path):
    (tmp_path / "news.txt").write_text("An article.")
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")
    (tmp_path / "ping.md").symlink_to(tmp_path / "pong.md")
    (tmp_path / "pong.md").symlink_to(tmp_path / "ping.md")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "round").symlink_to(tmp_path / "sub" / "round")
    files, skipped = expand_paths([tmp_path, tmp_path / "self.txt"])
    assert [f.name for f in files] == ["news.txt"]
    loops = sorted(Path(s.item).name for s in skipped if s.code == "symlink_loop")
    assert loops == ["ping.md", "pong.md", "round", "self.txt", "self.txt"]
    assert [s for s in skipped if s.code != "symlink_loop"] == []


def test_a_path_that_cannot_be_read_is_reported_and_the_rest_still_found(tmp_path):
    (tmp_path / "news.txt").write_text("An article.")
    too_long = tmp_path / ("n" * 300 + ".txt")
    files, skipped = expand_paths([too_long, "bad\0name.txt", tmp_path])
    assert [f.name for f in files] == ["news.txt"]
    assert [(s.item, s.code) for s in skipped] == [(str(too_long), "unreadable"), ("bad\\x00name.txt", "unreadable")]
    assert all(s.reason for s in skipped)
