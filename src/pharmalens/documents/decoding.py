"""Bytes to text: BOMs, UTF-8, GB18030/GBK, Big5 and UTF-16, with binary files refused."""
from __future__ import annotations

import codecs

from ..model.records import Skipped

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_CANDIDATES = ["utf_8", "gb18030", "big5", "utf_16_le", "utf_16_be"]


def decode_bytes(data: bytes, name: str) -> tuple[str, str] | Skipped:
    """The text and the codec it was read with, or why it cannot be read.

    Newlines are normalised the way Python's text mode reads files, so character offsets agree with
    `Path.read_text()`."""
    codec, text = _detect(data)
    if codec is None:
        if _looks_binary(data):
            return Skipped(name, "binary", "file looks binary (control bytes), not text")
        return Skipped(name, "undecodable", "not valid UTF-8, GB18030, Big5 or UTF-16 text")
    text = data.decode(codec) if text is None else text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _control_ratio(text) > 0.02:
        return Skipped(name, "binary", f"decoded as {codec} but holds control characters: looks binary")
    if not text.strip():
        return Skipped(name, "empty", "file holds only whitespace")
    return text, codec


def _detect(data: bytes) -> tuple[str | None, str | None]:
    """The codec, and the text when telling the codec decoded it already (UTF-8, most files)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec, None
    if _looks_utf16(data):
        return "utf_16_le" if data[1::2].count(0) > data[0::2].count(0) else "utf_16_be", None
    if b"\x00" not in data:
        try:
            return "utf-8", data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    return _detect_other(data), None


def _detect_other(data: bytes) -> str | None:
    chinese = _chinese_utf16(data)
    if chinese is not None:
        return chinese
    if b"\x00" in data:
        return None
    strict = [c for c in ("gb18030", "big5") if _decodes(data, c)]
    if len(strict) == 1:
        return strict[0]
    from charset_normalizer import from_bytes  # only for bytes no single codec reads alone

    best = from_bytes(data, cp_isolation=strict or _CANDIDATES).best()
    return best.encoding if best is not None else None


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
        return True
    except UnicodeDecodeError:
        return False


def _looks_utf16(data: bytes) -> bool:
    sample = data[:4000]
    if len(sample) < 4 or len(sample) % 2:
        return False
    zeros_odd, zeros_even = sample[1::2].count(0), sample[0::2].count(0)
    half = len(sample) // 2
    return max(zeros_odd, zeros_even) > 0.3 * half and min(zeros_odd, zeros_even) < 0.05 * half


def _chinese_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM whose text is mostly Chinese (few zero bytes to give it away): the one
    byte order that decodes to Chinese, Latin text, digits and punctuation only."""
    if len(data) % 2:
        return None
    for codec in ("utf_16_le", "utf_16_be"):
        try:
            sample = data.decode(codec)[:2000]
        except UnicodeDecodeError:
            continue
        chinese = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff")
        if chinese >= 0.3 * len(sample) and sum(map(_plain_char, sample)) >= 0.97 * len(sample):
            return codec
    return None


def _plain_char(ch: str) -> bool:
    point = ord(ch)
    return (0x4E00 <= point <= 0x9FFF or 0x3000 <= point <= 0x303F or 0xFF01 <= point <= 0xFF5E
            or 0x20 <= point < 0x7F or ch in "\n\r\t" or 0xA0 <= point <= 0x24F or 0x2010 <= point <= 0x2027)


def _looks_binary(data: bytes) -> bool:
    sample = data[:4000]
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return b"\x00" in sample or controls > 0.02 * len(sample)


_CONTROL = bytes([*range(0x00, 0x09), *range(0x0D, 0x20)])  # control characters but tab, newline, \v and \f


def _control_ratio(text: str) -> float:
    """Counted in the sample's UTF-8, where each control character is the one byte under 0x20 it
    is, and no other character has a byte under 0x80."""
    sample = text[:4000]
    encoded = sample.encode("utf-8", "surrogatepass")
    return (len(encoded) - len(encoded.translate(None, _CONTROL))) / max(1, len(sample))
