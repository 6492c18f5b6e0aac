import pytest

from codegen.naming import (
    clean_doc,
    constant_case,
    module_name,
    pascal_case,
    snake_case,
    with_article,
    wrap_doc,
)


@pytest.mark.parametrize(
    ("wire", "snake"),
    [
        ("ErpConnectionId", "erp_connection_id"),
        ("URLPath", "url_path"),
        ("IsOk", "is_ok"),
        ("class", "class_"),
        ("From", "from_"),
        ("Unused1", "unused_1"),
        ("self", "self_"),
    ],
)
def test_snake_case(wire: str, snake: str) -> None:
    assert snake_case(wire) == snake


def test_pascal_and_constant_case() -> None:
    assert pascal_case("ErpActorType") == "ErpActorType"
    assert pascal_case("soCredentials") == "SoCredentials"
    assert pascal_case("DSAParameters") == "DSAParameters"
    assert constant_case("Customer") == "CUSTOMER"
    assert constant_case("UIHintReadOnly") == "UI_HINT_READ_ONLY"
    assert constant_case("name") == "NAME_"  # would shadow Enum.name
    assert module_name("CRMScript") == "crmscript"


def test_clean_doc_handles_doc_comment_markup() -> None:
    text = 'Uses the <see cref="T:A.B.Store">store</see> and <see cref="M:A.B.Run" />.\n<para />Next `part`.'
    assert clean_doc(text) == "Uses the store and Run.\n\nNext part."


def test_clean_doc_unescapes_character_references_after_removing_markup() -> None:
    assert clean_doc("ERP &lt;-&gt; SuperOffice &amp; more") == "ERP <-> SuperOffice & more"
    assert clean_doc("the Find &lt;entity&gt; page") == "the Find <entity> page"  # text, not a tag
    assert clean_doc("a user&amp;apos;s name") == "a user's name"  # escaped twice in the docs
    assert clean_doc("&#39;x&#x27; a&nbsp;b&#13;c") == "'x' a b c"
    # escaped doc-comment markup is markup
    text = "Sorts.&lt;para/&gt;&lt;para/&gt;See &lt;see cref=&quot;T:A.B.Store&quot;/&gt;: &lt;c&gt;1&lt;/c&gt;"
    assert clean_doc(text) == "Sorts.\n\nSee Store: 1"
    # only complete references, ending in ";"
    assert clean_doc("R&D, ?a=1&para=2, &copy, &unknown;") == "R&D, ?a=1&para=2, &copy, &unknown;"


def test_unescaped_text_goes_through_the_docstring_escaping() -> None:
    text = clean_doc("say &quot;&quot;&quot;hi&quot;&quot;&quot; &#92; &#8232; or &quot;")
    assert text == 'say """hi""" \\ \u2028 or "'
    assert wrap_doc(text, 60) == ['say \\"\\"\\"hi\\"\\"\\" \\\\ \\u2028 or \\"']


def test_wrap_doc_escapes_docstring_terminators() -> None:
    lines = wrap_doc('say """hi""" \\ now', 40)
    assert lines == ['say \\"\\"\\"hi\\"\\"\\" \\\\ now']


def test_with_article_goes_by_the_first_letter() -> None:
    assert with_article("ErpConnection") == "an ErpConnection"
    assert with_article("IncomingMessage") == "an IncomingMessage"
    assert with_article("appointment") == "an appointment"
    assert with_article("Person") == "a Person"
    assert with_article("") == "a "


def test_tag_constants_share_one_prefix_per_namespace_and_never_a_name() -> None:
    from codegen.render.view import Tags

    tags = Tags(taken={"_NS"})  # the module binds _NS itself
    assert tags.const("urn:a", "Ns") == "_NS_2"  # an element called Ns
    assert tags.const("urn:a", "IsOk") == "_IS_OK"
    assert tags.const("urn:b", "IsOk") == "_IS_OK_2"
    assert tags.const("urn:a", "IsOk") == "_IS_OK"  # the same element, the same constant
    assert tags.namespaces() == [("_NS_3", "{urn:a}"), ("_NS_4", "{urn:b}")]
    assert tags.items() == [
        ("_IS_OK", "_NS_3", "IsOk"),
        ("_IS_OK_2", "_NS_4", "IsOk"),
        ("_NS_2", "_NS_3", "Ns"),
    ]
