"""The public pages from the outside: front page, story, corrections, people, feeds, sitemap, robots."""

from __future__ import annotations

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from stories.models import CheckStatus, ClaimKind, StoryStatus
from tests.factories import (
    make_checked,
    make_claim,
    make_claim_at,
    make_correction,
    make_person,
    make_quote,
    make_quote_at,
    make_source,
    make_story,
)

pytestmark = pytest.mark.django_db

MARK = re.compile(r'<mark class="check check--(\w+) check--(\w+)"[^>]*>(.*?)</mark>', re.S)


def parse_xml(data: bytes) -> ET.Element:
    return ET.fromstring(data)  # noqa: S314 - our own feed and sitemap output, not untrusted input


def jsonld_blocks(html: str) -> list:
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in found]


@pytest.fixture
def published(checker, editor):
    """A published story with a verified quote (by Jane Doe, from a verified post) and a verified date."""
    story = make_story(
        status=StoryStatus.PUBLISHED,
        headline="Bridge opens after long delay",
        byline="Rita Reporter",
        body=(
            "Jane Doe, 42, said on Sept. 28 that the bridge would open.\n\n"
            "“We are ready,” she wrote on Instagram. A year ago it was closed."
        ),
    )
    jane = make_person(name="Jane Doe", slug="jane-doe")
    post = make_checked(
        make_source(story, author=jane, url="https://instagram.example/p/1"), checker=checker
    )
    quote = make_checked(make_quote(story, speaker=jane, source=post), checker=checker)
    claim = make_checked(make_claim(story, subject=jane, source=post), checker=editor)
    return {"story": story, "jane": jane, "post": post, "quote": quote, "claim": claim}


def test_front_page_lists_published_stories_newest_first(client):
    older = make_story(
        status=StoryStatus.PUBLISHED,
        headline="Older story",
        published_at=dt.datetime(2021, 9, 1, tzinfo=dt.UTC),
    )
    newer = make_story(
        status=StoryStatus.PUBLISHED,
        headline="Newer story",
        published_at=dt.datetime(2021, 9, 20, tzinfo=dt.UTC),
    )
    make_story(status=StoryStatus.DRAFT, headline="Draft story")
    html = client.get("/").content.decode()
    assert html.index(newer.headline) < html.index(older.headline)
    assert "Draft story" not in html


def test_front_page_paginates(client):
    for n in range(25):
        make_story(
            status=StoryStatus.PUBLISHED,
            headline=f"Story number {n:02d}",
            published_at=dt.datetime(2021, 9, 1, tzinfo=dt.UTC) + dt.timedelta(hours=n),
        )
    first = client.get("/").content.decode()
    second = client.get("/?page=2").content.decode()
    assert "Story number 24" in first and "Story number 05" in first
    assert "Story number 04" not in first
    assert "Story number 04" in second and "Story number 00" in second
    assert 'rel="next"' in first and 'rel="prev"' in second


def test_story_page_marks_verified_quote_and_claim(client, published):
    response = client.get(published["story"].get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    marks = {(kind, text) for kind, _status, text in MARK.findall(html)}
    assert marks == {("quote", "We are ready,"), ("date", "Sept. 28")}
    # Paragraphs separated by a blank line become two <p>.
    body = html.split('class="story__body"')[1].split("</div>")[0]
    assert body.count("<p>") == 2


def test_story_page_does_not_mark_unverified_entries(client, published, checker):
    story = published["story"]
    make_checked(
        make_claim_at(story, "42", kind=ClaimKind.AGE, value={"age": 42}),
        checker=checker,
        status=CheckStatus.UNVERIFIABLE,
        evidence_url="https://evidence.example/age-unverifiable",
    )
    html = client.get(story.get_absolute_url()).content.decode()
    assert {text for _k, _s, text in MARK.findall(html)} == {"We are ready,", "Sept. 28"}
    assert "age-unverifiable" not in html


def test_how_we_checked_lists_evidence_role_and_date_but_no_staff_names(client, published):
    html = client.get(published["story"].get_absolute_url()).content.decode()
    section = html.split('id="how-we-checked"')[1]
    for entry in ("quote", "claim", "post"):
        assert published[entry].evidence_url in section
    assert "by a fact-checker" in section
    assert "by an editor" in section  # the date claim was checked by the editor
    assert "30 September 2021" in section
    for user in (published["quote"].checked_by, published["claim"].checked_by):
        assert user.username not in html
        assert user.last_name not in html


def test_story_page_escapes_the_body(client, checker):
    body = "<script>alert(1)</script> & “We are ready,” she said on Sept. 28."
    story = make_story(status=StoryStatus.PUBLISHED, body=body)
    make_checked(make_quote(story), checker=checker)
    make_checked(make_claim(story), checker=checker)
    html = client.get(story.get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp;" in html


def test_nested_marks_keep_html_well_formed(client, checker):
    body = "She wrote: “We open on Sept. 28 at noon,” and left."
    story = make_story(status=StoryStatus.PUBLISHED, body=body)
    quote_text = "We open on Sept. 28 at noon,"
    make_checked(
        make_quote_at(story, quote_text),
        checker=checker,
    )
    make_checked(make_claim(story), checker=checker)
    html = client.get(story.get_absolute_url()).content.decode()
    paragraph = html.split('class="story__body"')[1].split("</div>")[0]
    assert paragraph.count("<mark") == 2 and paragraph.count("</mark>") == 2
    # The date sits inside the quote's mark.
    assert re.search(r"<mark[^>]*>We open on <mark[^>]*>Sept\. 28</mark>", paragraph)


def test_corrections_box_and_log(client, published):
    story = published["story"]
    first = make_correction(
        story, note="First fix.", corrected_at=dt.datetime(2021, 10, 2, tzinfo=dt.UTC)
    )
    second = make_correction(
        story, note="Second fix.", corrected_at=dt.datetime(2021, 10, 5, tzinfo=dt.UTC)
    )
    html = client.get(story.get_absolute_url()).content.decode()
    box = html.split('class="corrections-box"')[1].split("</aside>")[0]
    assert box.index(second.note) < box.index(first.note)
    log = client.get(reverse("stories:correction_list")).content.decode()
    assert log.index(second.note) < log.index(first.note)
    assert story.get_absolute_url() in log


def test_retracted_story_shows_only_its_notice(client, published):
    story = published["story"]
    story.status = StoryStatus.RETRACTED
    story.retraction_note = "The post it relied on was fabricated."
    story.retracted_at = dt.datetime(2021, 10, 9, tzinfo=dt.UTC)
    story.save()
    html = client.get(story.get_absolute_url()).content.decode()
    assert "This story has been retracted" in html
    assert story.retraction_note in html and story.headline in html
    assert "the bridge would open" not in html
    assert "<mark" not in html and "How we checked this" not in html
    assert published["quote"].evidence_url not in html
    [article] = jsonld_blocks(html)
    assert article["@type"] == "NewsArticle" and article["creativeWorkStatus"] == "Retracted"


def test_unpublished_story_is_not_found(client):
    for status in (StoryStatus.DRAFT, StoryStatus.IN_REVIEW):
        story = make_story(status=status)
        assert client.get(story.get_absolute_url()).status_code == 404


def test_jsonld_news_article_and_claim_reviews(client, published):
    html = client.get(published["story"].get_absolute_url()).content.decode()
    [graph] = jsonld_blocks(html)
    article, *reviews = graph
    assert article["@type"] == "NewsArticle"
    assert article["headline"] == published["story"].headline
    assert article["author"] == {"@type": "Person", "name": "Rita Reporter"}
    assert len(reviews) == 2
    for review in reviews:
        assert review["@type"] == "ClaimReview"
        assert review["claimReviewed"]
        assert review["url"].startswith("http://testserver/stories/")
        assert review["author"]["@type"] == "Organization"
        assert review["reviewRating"]["alternateName"] == "Verified"
        item = review["itemReviewed"]
        assert item["@type"] == "Claim"
        assert item["author"] == {
            "@type": "Person",
            "name": "Jane Doe",
            "url": "http://testserver/people/jane-doe/",
        }
        assert item["appearance"]["url"] == "https://instagram.example/p/1"
    quote_review = next(r for r in reviews if "We are ready" in r["claimReviewed"])
    assert quote_review["url"].endswith(f"#check-quote-{published['quote'].pk}")


def test_jsonld_cannot_close_its_script_element(client, checker):
    story = make_story(status=StoryStatus.PUBLISHED, headline="</script><b>x</b>")
    make_checked(make_quote(story), checker=checker, verdict_note="</script><i>y</i>")
    html = client.get(story.get_absolute_url()).content.decode()
    script = html.split('<script type="application/ld+json">')[1].split("</script>")[0]
    assert "<" not in script
    [graph] = jsonld_blocks(html)
    assert graph[0]["headline"] == "</script><b>x</b>"


def test_unverified_source_of_a_verified_quote_is_not_named(client, checker):
    story = make_story(status=StoryStatus.PUBLISHED)
    post = make_source(story, url="https://instagram.example/unverified-post")
    make_checked(make_quote(story, source=post), checker=checker)
    html = client.get(story.get_absolute_url()).content.decode()
    assert "unverified-post" not in html


def test_person_page_lists_verified_quotes_only(client, published, checker):
    jane = published["jane"]
    other = make_story(
        status=StoryStatus.PUBLISHED, body="“We are ready,” Jane said again. Really."
    )
    make_quote(other, speaker=jane, status=CheckStatus.UNCHECKED)
    html = client.get(jane.get_absolute_url()).content.decode()
    assert html.count("quote-item__text") == 1
    assert published["story"].headline in html
    assert other.headline not in html
    assert "Jane Doe was 42" not in html  # the date claim is about her, not her age
    assert "“Sept. 28” means 28 September 2021" in html


def test_person_seen_only_in_drafts_is_not_found(client):
    story = make_story(status=StoryStatus.DRAFT)
    ghost = make_person(name="Ghost Writer")
    make_quote(story, speaker=ghost, status=CheckStatus.VERIFIED)
    assert client.get(ghost.get_absolute_url()).status_code == 404


def test_rss_and_atom_feeds_list_published_stories(client, published):
    make_story(status=StoryStatus.DRAFT, headline="Draft in feed?")
    make_story(status=StoryStatus.RETRACTED, headline="Retracted in feed?")
    rss = client.get(reverse("stories:feed_rss"))
    assert rss["Content-Type"].startswith("application/rss+xml")
    titles = [t.text for t in parse_xml(rss.content).iter("title")]
    assert published["story"].headline in titles
    assert "Draft in feed?" not in titles and "Retracted in feed?" not in titles
    atom = client.get(reverse("stories:feed_atom"))
    assert atom["Content-Type"].startswith("application/atom+xml")
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = parse_xml(atom.content).findall("a:entry", ns)
    assert [e.find("a:title", ns).text for e in entries] == [published["story"].headline]


def test_sitemap_lists_published_stories_and_public_people(client, published):
    draft = make_story(status=StoryStatus.DRAFT)
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = {e.text for e in parse_xml(response.content).findall("s:url/s:loc", ns)}
    assert f"http://testserver{published['story'].get_absolute_url()}" in locs
    assert "http://testserver/people/jane-doe/" in locs
    assert "http://testserver/corrections/" in locs
    assert f"http://testserver{draft.get_absolute_url()}" not in locs


def test_robots_txt_points_at_sitemap_and_keeps_out_of_admin(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


@pytest.mark.parametrize(
    "url",
    ["/", "/corrections/", "/feeds/rss/", "/feeds/atom/", "/sitemap.xml", "/robots.txt"],
)
def test_public_pages_are_publicly_cacheable(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert "public" in response["Cache-Control"] and "must-revalidate" in response["Cache-Control"]


def test_story_and_person_pages_are_publicly_cacheable(client, published):
    for url in (published["story"].get_absolute_url(), published["jane"].get_absolute_url()):
        response = client.get(url)
        assert "public" in response["Cache-Control"]
        assert "Cookie" not in response.get("Vary", "")


def test_staff_preview_shows_drafts_labelled_and_uncached(client, reporter, checker):
    story = make_story(status=StoryStatus.DRAFT, headline="Unpublished scoop")
    make_quote(story, evidence_url="https://evidence.example/open-quote")
    client.force_login(reporter)
    response = client.get(story.get_absolute_url() + "?preview=1")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Preview: not public." in html and "[Preview]" in html
    assert 'content="noindex, nofollow"' in html
    assert "https://evidence.example/open-quote" in html
    assert "application/ld+json" not in html
    cache = response["Cache-Control"]
    assert "private" in cache and "no-store" in cache and "public" not in cache


def test_preview_is_refused_to_anonymous_and_non_staff(client, django_user_model, published):
    story = make_story(status=StoryStatus.DRAFT)
    assert client.get(story.get_absolute_url() + "?preview=1").status_code == 404
    outsider = django_user_model.objects.create_user(username="reader", password="pw-x-1234")
    client.force_login(outsider)
    assert client.get(story.get_absolute_url() + "?preview=1").status_code == 404
    # A refused preview of a public story is the public page, but still never cached.
    response = client.get(published["story"].get_absolute_url() + "?preview=1")
    assert response.status_code == 200 and "Preview" not in response.content.decode()
    assert "no-store" in response["Cache-Control"] and "public" not in response["Cache-Control"]


def test_staff_without_preview_see_the_public_page(client, reporter, published):
    draft = make_story(status=StoryStatus.DRAFT)
    client.force_login(reporter)
    assert client.get(draft.get_absolute_url()).status_code == 404
    response = client.get(published["story"].get_absolute_url())
    assert "Preview" not in response.content.decode()
    assert "public" in response["Cache-Control"]


VOID = {"meta", "link", "br", "hr", "img", "input", "wbr"}


class _Balance(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> while open: {self.stack}")
        else:
            self.stack.pop()


def test_every_page_is_balanced_html_with_one_h1_and_landmarks(client, published):
    make_correction(published["story"])
    for url in (
        "/",
        "/corrections/",
        published["story"].get_absolute_url(),
        published["jane"].get_absolute_url(),
    ):
        html = client.get(url).content.decode()
        parser = _Balance()
        parser.feed(html)
        parser.close()
        assert parser.errors == [] and parser.stack == [], url
        assert html.count("<h1") == 1, url
        for landmark in ('<html lang="en">', "<header", "<nav", '<main id="main"', "<footer"):
            assert landmark in html, (url, landmark)


def test_the_stylesheet_is_linked_and_served(client):
    html = client.get("/").content.decode()
    [href] = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)
    response = client.get(href)
    assert response.status_code == 200
    assert b"mark.check" in b"".join(response.streaming_content)
