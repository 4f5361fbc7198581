"""What carrying fonts costs an export: subsetting time and bytes per script.

    python -m bench.bench_fonts

For each script with a bundled font, a course's worth of text in it (every letter of the
script's main block, so the subset is as large as any real course can make it, and a
short "typical" text), cut down cold (no cache) to WOFF2 Regular + Bold. Prints the time
and the bytes the package gains (fonts, licence and stylesheet).
"""

from __future__ import annotations

import time

from authoring.export import fonts

TYPICAL = {
    "Arabic": "السلامة من الحرائق في مكان العمل تبدأ بمعرفة ما يحتاجه الحريق ليشتعل",
    "Hebrew": "בטיחות אש במקום העבודה מתחילה בהבנה של מה שאש צריכה כדי לבעור",
    "Devanagari": "कार्यस्थल पर अग्नि सुरक्षा यह समझने से शुरू होती है कि आग को जलने के लिए क्या चाहिए",
    "Thai": "ความปลอดภัยจากอัคคีภัยในที่ทำงานเริ่มจากการเข้าใจว่าไฟต้องการอะไร",
}


def measure(script: fonts.Script, text: str) -> tuple[float, int]:
    fonts.subset.cache_clear()
    start = time.perf_counter()
    files = fonts.package_fonts(text)
    elapsed = time.perf_counter() - start
    return elapsed, sum(len(data) for data in files.values())


def main() -> None:
    fonts.package_fonts("क")  # import fontTools once, outside the timings
    print(f"{'script':<12} {'whole block':>22} {'typical sentence':>22}")
    for script in fonts.SCRIPTS:
        first, last = script.ranges[0]
        whole = "".join(chr(code) for code in range(first, last + 1))
        seconds, size = measure(script, whole)
        line = f"{script.name:<12} {seconds * 1000:8.0f} ms {size / 1024:8.1f} KB"
        if script.name in TYPICAL:
            seconds, size = measure(script, TYPICAL[script.name])
            line += f" {seconds * 1000:8.0f} ms {size / 1024:8.1f} KB"
        print(line)


if __name__ == "__main__":
    main()
