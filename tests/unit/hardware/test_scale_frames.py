"""Scale frames as data: every protocol's frames to integer grams with the stable flag."""

from __future__ import annotations

import pytest

from counter_app.hardware.framing import FrameSplitter, FramingConfig
from counter_app.hardware.scale import scale_settings_from
from counter_app.hardware.scale_frames import (
    PROTOCOLS,
    ScaleReading,
    StabilityJudge,
    custom_protocol,
    format_kg,
    parse_frame,
    to_grams,
)


def _toledo(
    weight: str,
    *,
    dp: int,
    motion: bool = False,
    net: bool = False,
    negative: bool = False,
    kg: bool = True,
) -> bytes:
    a = 0b0010_0000 | dp
    b = (
        0b0010_0000
        | (0b1 if net else 0)
        | (0b10 if negative else 0)
        | (0b1000 if motion else 0)
        | (0b1_0000 if kg else 0)
    )
    return b"\x02" + bytes([a, b, 0x20]) + weight.encode() + b"000000"


@pytest.mark.parametrize(
    ("key", "frame", "grams", "stable", "net"),
    [
        ("ascii", b"ST,GS,+  1.240kg", 1240, True, False),
        ("ascii", b"US,GS,+  1.236kg", 1236, False, False),
        ("ascii", b"ST,NT,+  0.850kg", 850, True, True),
        ("ascii", b"ST,GS,-  0.004kg", -4, True, False),
        ("ascii", b"ST,GS,+ 1250 g", 1250, True, False),
        ("ascii", b"\x02ST,GS,+  2.5kg\x03", 2500, True, False),
        ("xk3190", b"ww000.000kg", 0, False, False),
        ("xk3190", b"ww012.345kg", 12345, False, False),
        ("xk3190", b"wn-0000.1kg", -100, False, True),
        ("sics", b"S S     1.240 kg", 1240, True, False),
        ("sics", b"S D     1.238 kg", 1238, False, False),
        ("sics", b"S S -   0.002 kg", -2, True, False),
        ("sics", b"S S    1240 g", 1240, True, False),
        ("number", b"1.240kg", 1240, False, False),
        ("number", b"\x02 1.250\x03", 1250, False, False),
        ("number", b"+001240 g", 1240, False, False),
        ("number", b"1,5 kg", 1500, False, False),
    ],
)
def test_each_protocol_reads_its_frames_as_integer_grams(
    key: str, frame: bytes, grams: int, stable: bool, net: bool
) -> None:
    reading = parse_frame(PROTOCOLS[key], frame)
    assert reading == ScaleReading(grams=grams, stable=stable, net=net, raw=frame)


def test_xk3190_tare_frame_is_a_tare_value_never_a_usable_weight() -> None:
    reading = parse_frame(PROTOCOLS["xk3190"], b"wt000.500kg")
    assert reading is not None
    assert reading.tare
    assert reading.grams == 500
    assert not StabilityJudge(PROTOCOLS["xk3190"], 1).judge(reading).usable


@pytest.mark.parametrize(
    "frame",
    [b"OL,GS,+ -.---kg", b"S +", b"S -"],
)
def test_overload_frames_are_readings_that_never_fill_a_weight(frame: bytes) -> None:
    key = "ascii" if frame.startswith(b"OL") else "sics"
    reading = parse_frame(PROTOCOLS[key], frame)
    assert reading is not None
    assert reading.overload
    assert not reading.usable


@pytest.mark.parametrize(
    ("key", "frame"),
    [
        ("ascii", b"ST,GS,+  1.2x0kg"),
        ("ascii", b"GS,+  1.240kg"),  # the head of a frame was lost
        ("ascii", b"\xff\xfe\x00garbage"),
        ("xk3190", b"w012.345kg"),
        ("sics", b"S I"),  # busy: no number
        ("sics", b"ES"),
        ("number", b"kg"),
        ("number", b""),
    ],
)
def test_noise_and_partial_frames_are_not_readings(key: str, frame: bytes) -> None:
    assert parse_frame(PROTOCOLS[key], frame) is None


@pytest.mark.parametrize(
    ("frame", "grams", "stable", "net"),
    [
        (_toledo("001240", dp=5), 1240, True, False),  # 1.240 kg, 3 decimals → code 5
        (_toledo("001240", dp=5, motion=True), 1240, False, False),
        (_toledo("000850", dp=5, net=True), 850, True, True),
        (_toledo("000125", dp=4, negative=True), -1250, True, False),
        (_toledo("000012", dp=1), 120_000, True, False),  # ×10 kg
    ],
)
def test_mettler_toledo_continuous_reads_status_bytes(
    frame: bytes, grams: int, stable: bool, net: bool
) -> None:
    reading = parse_frame(PROTOCOLS["toledo"], frame)
    assert reading is not None
    assert (reading.grams, reading.stable, reading.net) == (grams, stable, net)


def test_mettler_toledo_checksum_of_the_previous_frame_is_ignored() -> None:
    reading = parse_frame(PROTOCOLS["toledo"], b"\x5a" + _toledo("002000", dp=5))
    assert reading is not None
    assert reading.grams == 2000


def test_mettler_toledo_pounds_become_grams() -> None:
    reading = parse_frame(PROTOCOLS["toledo"], _toledo("000100", dp=4, kg=False))
    assert reading is not None
    assert reading.grams == 454  # 1.00 lb


def test_repeat_stability_needs_settle_count_equal_readings_in_a_row() -> None:
    protocol = PROTOCOLS["xk3190"]
    judge = StabilityJudge(protocol, settle_count=3)
    frames = [b"ww001.200kg", b"ww001.240kg", b"ww001.240kg", b"ww001.240kg", b"ww001.250kg"]
    flags = []
    for frame in frames:
        reading = parse_frame(protocol, frame)
        assert reading is not None
        flags.append(judge.judge(reading).stable)
    assert flags == [False, False, False, True, False]


def test_flagged_protocols_pass_through_the_judge_unchanged() -> None:
    judge = StabilityJudge(PROTOCOLS["ascii"], settle_count=5)
    reading = parse_frame(PROTOCOLS["ascii"], b"ST,GS,+  1.240kg")
    assert reading is not None
    assert judge.judge(reading) is reading


def test_custom_pattern_with_stable_group_reads_flag_and_default_unit() -> None:
    protocol = custom_protocol(
        r"PESO:\s*(?P<value>\d+,\d+)\s*(?P<stable>KG|\?)", stable_codes=("KG",)
    )
    assert protocol.stability == "flag"
    assert parse_frame(protocol, b"PESO: 1,250 KG") == ScaleReading(
        grams=1250, stable=True, raw=b"PESO: 1,250 KG"
    )
    reading = parse_frame(protocol, b"PESO: 1,250 ?")
    assert reading is not None
    assert not reading.stable


def test_custom_pattern_without_value_group_is_refused() -> None:
    with pytest.raises(ValueError, match="value"):
        custom_protocol(r"\d+")
    with pytest.raises(ValueError, match="compile"):
        custom_protocol(r"(?P<value>\d+")


def test_gram_conversion_rounds_half_up_and_knows_units() -> None:
    assert to_grams("1.2345", "kg") == 1235
    assert to_grams("0.0004", "kg") == 0
    assert to_grams("2", "lb") == 907
    with pytest.raises(ValueError, match="unknown unit"):
        to_grams("1.2", "stone")


@pytest.mark.parametrize(("grams", "text"), [(1240, "1.24"), (1000, "1"), (5, "0.005"), (0, "0")])
def test_format_kg_is_what_a_clerk_types(grams: int, text: str) -> None:
    assert format_kg(grams) == text


def test_frames_split_across_reads_with_noise_parse_in_order() -> None:
    protocol = PROTOCOLS["ascii"]
    splitter = FrameSplitter(FramingConfig(terminator=protocol.terminator))
    chunks = [
        b"\x00\xffST,GS,+  1.2",
        b"40kg\r\nUS,GS,",
        b"+  1.3",
        b"00kg\r\n\r\nST,NT,+  0.5kg\r\n",
    ]
    frames = [f for i, c in enumerate(chunks) for f in splitter.feed(c, float(i))]
    readings = [parse_frame(protocol, f) for f in frames]
    assert [(r.grams, r.stable, r.net) for r in readings if r] == [
        (1240, True, False),
        (1300, False, False),
        (500, True, True),
    ]


class TestSettingsFromPreferences:
    def test_known_protocol_with_its_defaults(self) -> None:
        settings = scale_settings_from({"port": "/dev/ttyUSB0", "protocol": "sics"})
        assert settings.protocol.request == b"SI\r\n"
        assert settings.line.baudrate == 9600
        assert settings.line.framing.terminator == "CRLF"

    def test_request_override_is_unescaped(self) -> None:
        settings = scale_settings_from({"port": "COM3", "protocol": "number", "request": "P\\r\\n"})
        assert settings.protocol.request == b"P\r\n"
        assert settings.protocol.polled

    @pytest.mark.parametrize(
        "entry",
        [
            {"port": "", "protocol": "ascii"},
            {"port": "COM1", "protocol": "morse"},
            {"port": "COM1", "protocol": "custom", "pattern": "("},
            {"port": "COM1", "protocol": "ascii", "poll_ms": 5},
        ],
    )
    def test_unusable_entries_are_refused(self, entry: dict[str, object]) -> None:
        with pytest.raises(ValueError, match=r"port|protocol|pattern|poll_ms"):
            scale_settings_from(entry)
