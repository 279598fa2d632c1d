"""Unit tests for the pure serial frame splitter (SC-1)."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counter_app.hardware.framing import (
    TERMINATOR_BYTES,
    FrameSplitter,
    FramingConfig,
    Terminator,
)

TERMINATORS: tuple[Terminator, ...] = ("CR", "LF", "CRLF", "ANY")

# Codes never contain CR or LF, and are never empty (empty frames are not codes).
codes_strategy = st.lists(
    st.binary(min_size=1, max_size=40).filter(lambda b: b"\r" not in b and b"\n" not in b),
    max_size=30,
)


def _chunk(data: bytes, cuts: list[int]) -> list[bytes]:
    """Split ``data`` at the given offsets (any order, duplicates allowed)."""
    points = sorted({0, len(data), *(c % (len(data) + 1) for c in cuts)})
    return [data[a:b] for a, b in itertools.pairwise(points)]


def _feed_all(splitter: FrameSplitter, chunks: list[bytes], now: float = 0.0) -> list[bytes]:
    frames: list[bytes] = []
    for chunk in chunks:
        frames.extend(splitter.feed(chunk, now))
    return frames


class TestTerminators:
    @pytest.mark.parametrize(
        ("terminator", "stream", "expected"),
        [
            ("CR", b"A1\rB2\r", [b"A1", b"B2"]),
            ("LF", b"A1\nB2\n", [b"A1", b"B2"]),
            ("CRLF", b"A1\r\nB2\r\n", [b"A1", b"B2"]),
            ("ANY", b"A1\rB2\nC3\r\nD4\r\n", [b"A1", b"B2", b"C3", b"D4"]),
            ("CRLF", b"A\r1\r\n", [b"A\r1"]),
            ("LF", b"\n\nA1\n\n", [b"A1"]),
        ],
    )
    def test_feed_splits_on_the_configured_terminator(
        self, terminator: Terminator, stream: bytes, expected: list[bytes]
    ) -> None:
        splitter = FrameSplitter(FramingConfig(terminator=terminator))
        assert splitter.feed(stream, 0.0) == expected

    def test_feed_holds_a_partial_frame_until_its_terminator_arrives(self) -> None:
        splitter = FrameSplitter(FramingConfig(terminator="LF"))
        assert splitter.feed(b"7730", 0.0) == []
        assert splitter.pending == 4
        assert splitter.feed(b"12\n", 0.0) == [b"773012"]
        assert splitter.pending == 0

    @pytest.mark.parametrize("terminator", ["CRLF", "ANY"])
    def test_feed_yields_no_empty_frame_when_crlf_is_split_across_reads(
        self, terminator: Terminator
    ) -> None:
        splitter = FrameSplitter(FramingConfig(terminator=terminator))
        assert _feed_all(splitter, [b"A1\r", b"\nB2\r", b"\n"]) == [b"A1", b"B2"]

    def test_any_emits_on_cr_at_once_without_waiting_for_a_possible_lf(self) -> None:
        splitter = FrameSplitter(FramingConfig(terminator="ANY"))
        assert splitter.feed(b"A1\r", 0.0) == [b"A1"]
        assert splitter.feed(b"\nB2\r\n", 0.0) == [b"B2"]

    def test_crlf_keeps_a_held_cr_as_data_when_no_lf_follows(self) -> None:
        splitter = FrameSplitter(FramingConfig(terminator="CRLF"))
        assert _feed_all(splitter, [b"A\r", b"1\r", b"\r\n"]) == [b"A\r1\r"]

    def test_feed_strips_prefix_and_suffix_when_present(self) -> None:
        config = FramingConfig(terminator="CR", prefix=b"\x02", suffix=b"\x03")
        splitter = FrameSplitter(config)
        assert splitter.feed(b"\x02A1\x03\rB2\r\x02\x03\r", 0.0) == [b"A1", b"B2"]


class TestOverlong:
    def test_overlong_frame_is_dropped_up_to_the_next_terminator(self) -> None:
        splitter = FrameSplitter(FramingConfig(terminator="LF", max_length=8))
        frames = _feed_all(splitter, [b"x" * 5, b"y" * 5, b"zzz\nOK\n"])
        assert frames == [b"OK"]
        assert splitter.dropped == 1

    def test_garbage_without_terminator_never_grows_the_buffer(self) -> None:
        splitter = FrameSplitter(FramingConfig(terminator="CR", max_length=64))
        for _ in range(1000):
            assert splitter.feed(b"\xff" * 1000, 0.0) == []
            assert splitter.pending <= 64
        assert splitter.feed(b"\rGOOD\r", 0.0) == [b"GOOD"]

    def test_frame_of_exactly_max_length_is_kept(self) -> None:
        splitter = FrameSplitter(FramingConfig(terminator="LF", max_length=4))
        assert _feed_all(splitter, [b"12", b"34\n"]) == [b"1234"]

    def test_overlong_gap_frame_is_dropped_at_the_next_gap(self) -> None:
        splitter = FrameSplitter(FramingConfig(terminator=None, gap_ms=50, max_length=4))
        assert splitter.feed(b"123456", 0.0) == []
        assert splitter.flush_if_silent(0.1) == []
        assert splitter.dropped == 1
        assert splitter.feed(b"OK", 0.2) == []
        assert splitter.flush_if_silent(0.3) == [b"OK"]


class TestGap:
    def test_gap_only_frame_completes_after_silence(self) -> None:
        splitter = FrameSplitter(FramingConfig(terminator=None, gap_ms=50))
        assert splitter.feed(b"7730", 1.000) == []
        assert splitter.feed(b"12", 1.030) == []
        assert splitter.flush_if_silent(1.070) == []  # 40 ms since the last byte
        assert splitter.flush_if_silent(1.080) == [b"773012"]
        assert splitter.last_data_at == pytest.approx(1.030)
        assert splitter.flush_if_silent(2.0) == []

    def test_gap_before_a_read_completes_the_previous_frame_first(self) -> None:
        splitter = FrameSplitter(FramingConfig(terminator=None, gap_ms=50))
        assert splitter.feed(b"A1", 0.0) == []
        assert splitter.feed(b"B2", 0.2) == [b"A1"]
        assert splitter.flush_if_silent(0.3) == [b"B2"]

    def test_gap_delivers_a_frame_whose_terminator_never_came(self) -> None:
        splitter = FrameSplitter(FramingConfig(terminator="CR", gap_ms=50))
        assert splitter.feed(b"A1\rB2", 0.0) == [b"A1"]
        assert splitter.flush_if_silent(0.1) == [b"B2"]

    def test_flush_does_nothing_without_gap_config(self) -> None:
        splitter = FrameSplitter(FramingConfig(terminator="CR"))
        splitter.feed(b"A1", 0.0)
        assert splitter.flush_if_silent(100.0) == []
        assert splitter.pending == 2

    def test_gap_framing_strips_prefix_and_suffix(self) -> None:
        config = FramingConfig(terminator=None, gap_ms=20, prefix=b"]C0", suffix=b"#")
        splitter = FrameSplitter(config)
        splitter.feed(b"]C0773012#", 0.0)
        assert splitter.flush_if_silent(0.05) == [b"773012"]


class TestConfig:
    @pytest.mark.parametrize(
        "kwargs",
        [
            {"terminator": None},
            {"terminator": None, "gap_ms": 0},
            {"gap_ms": -1.0},
            {"max_length": 0},
            {"terminator": "TAB"},
        ],
    )
    def test_config_rejects_settings_that_cannot_frame(self, kwargs: dict[str, object]) -> None:
        with pytest.raises(ValueError):  # noqa: PT011 - the messages are checked by eye
            FramingConfig(**kwargs)  # type: ignore[arg-type]


class TestProperties:
    @given(
        terminator=st.sampled_from([*TERMINATORS, None]),
        chunks=st.lists(st.binary(max_size=64), max_size=40),
        times=st.lists(st.floats(min_value=0, max_value=1.0), max_size=40),
    )
    def test_feed_never_crashes_and_stays_bounded_on_arbitrary_chunks(
        self, terminator: Terminator | None, chunks: list[bytes], times: list[float]
    ) -> None:
        config = FramingConfig(terminator=terminator, gap_ms=20, max_length=32, prefix=b"\x02")
        splitter = FrameSplitter(config)
        now = 0.0
        for i, chunk in enumerate(chunks):
            now += times[i] if i < len(times) else 0.0
            for frame in splitter.feed(chunk, now):
                assert isinstance(frame, bytes)
                assert frame
                assert len(frame) <= 32
            assert splitter.pending <= 32
            splitter.flush_if_silent(now + 0.01)

    @given(
        terminator=st.sampled_from(TERMINATORS),
        codes=codes_strategy,
        cuts=st.lists(st.integers(min_value=0, max_value=10_000), max_size=50),
    )
    def test_codes_joined_by_terminator_come_back_exactly_whatever_the_chunking(
        self, terminator: Terminator, codes: list[bytes], cuts: list[int]
    ) -> None:
        stream = b"".join(code + TERMINATOR_BYTES[terminator] for code in codes)
        splitter = FrameSplitter(FramingConfig(terminator=terminator, max_length=40))
        assert _feed_all(splitter, _chunk(stream, cuts)) == codes
        assert splitter.pending == 0

    @given(
        separator=st.sampled_from([b"\r", b"\n", b"\r\n"]),
        codes=codes_strategy,
        cuts=st.lists(st.integers(min_value=0, max_value=10_000), max_size=50),
    )
    def test_any_terminator_accepts_every_line_ending_whatever_the_chunking(
        self, separator: bytes, codes: list[bytes], cuts: list[int]
    ) -> None:
        stream = b"".join(code + separator for code in codes)
        splitter = FrameSplitter(FramingConfig(terminator="ANY", max_length=40))
        assert _feed_all(splitter, _chunk(stream, cuts)) == codes

    @given(
        codes=codes_strategy,
        cuts=st.lists(st.integers(min_value=0, max_value=10_000), max_size=50),
    )
    def test_prefix_and_suffix_wrapped_codes_come_back_exactly(
        self, codes: list[bytes], cuts: list[int]
    ) -> None:
        config = FramingConfig(terminator="CRLF", prefix=b"\x02", suffix=b"\x03", max_length=42)
        stream = b"".join(b"\x02" + code + b"\x03\r\n" for code in codes)
        splitter = FrameSplitter(config)
        # Only the outermost prefix and suffix go, so codes containing those bytes survive.
        assert _feed_all(splitter, _chunk(stream, cuts)) == codes

    @given(
        codes=st.lists(st.binary(min_size=1, max_size=40), max_size=20),
        cuts=st.lists(st.integers(min_value=0, max_value=10_000), max_size=20),
    )
    def test_gap_framed_codes_come_back_exactly_when_separated_by_silence(
        self, codes: list[bytes], cuts: list[int]
    ) -> None:
        splitter = FrameSplitter(FramingConfig(terminator=None, gap_ms=50, max_length=40))
        frames: list[bytes] = []
        now = 0.0
        for code in codes:
            for chunk in _chunk(code, cuts):
                frames.extend(splitter.feed(chunk, now))
                now += 0.001  # bytes of one code arrive close together
            now += 0.1  # silence between codes
            frames.extend(splitter.flush_if_silent(now))
        assert frames == codes
