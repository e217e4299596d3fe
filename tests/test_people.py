"""The people of a text: which name forms are one person (passages written for the tests)."""

from sourcecheck.extract.people import people_of


def _forms_of(text: str, name: str) -> set[str]:
    person = people_of(text).resolve(name)
    assert person is not None, name
    return set(person.forms)


def test_a_lone_full_name_with_another_surname_is_not_the_first_names_owner() -> None:
    text = (
        "John Knightley came in. He sat down. John Knightley laughed, and he smiled. "
        "John was tired; he slept. John woke. Then old John Abdy's son called. "
        "John Knightley left; he was late."
    )
    forms = _forms_of(text, "John Knightley")
    assert "John" in forms
    assert "John Abdy" not in forms


def test_a_first_name_stays_with_its_full_name_beside_a_title_with_it() -> None:
    text = (
        "Harry Maylie rode up. He was pale. Harry Maylie dismounted and he ran. "
        "Then Harry looked round; he saw them, and Harry spoke. At last Harry waited. "
        "The servant called him Mr. Harry once, and he nodded."
    )
    assert "Harry" in _forms_of(text, "Harry Maylie")


def test_a_word_the_text_mostly_writes_in_lower_case_is_no_person() -> None:
    lines = " ".join(["They said they would come; he would come too, and she did come."] * 8)
    text = (
        "“You should say, Come ma'am, do,” said Emma, and she laughed. "
        f"“Happier than I deserve.' Come, he knows it,” said Emma. {lines} "
        "Then Emma went out; she was tired."
    )
    people = people_of(text)
    assert people.resolve("Emma") is not None
    assert people.resolve("Come") is None


def test_a_word_always_exclaimed_is_an_interjection() -> None:
    text = (
        "“So you came back--Ha! I knew it,” said Emma, and she laughed. "
        "“And Harriet too--Ha! the two of you,” said Emma; then Emma sat down."
    )
    people = people_of(text)
    assert people.resolve("Emma") is not None
    assert people.resolve("Ha") is None
