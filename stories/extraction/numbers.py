"""Number words of English ("thirty-five", "twelve") as integers, for the date and age rules.

Pure Python, no I/O. Only the words both families need: zero to ninety-nine.
"""

from __future__ import annotations

ONES: dict[str, int] = {
    word: value
    for value, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
TENS: dict[str, int] = {
    word: 10 * value
    for value, word in enumerate(
        ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    )
    if word != "_"
}


def words_value(words: list[str]) -> int | None:
    """The sum of number words (["thirty", "five"] -> 35); None if any word is not one."""
    total = 0
    for word in words:
        if word in TENS:
            total += TENS[word]
        elif word in ONES:
            total += ONES[word]
        else:
            return None
    return total
