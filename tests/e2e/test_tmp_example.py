import pytest
pytestmark = pytest.mark.e2e

def test_explore(lms):
    s = lms.launch("/tmp/cs/c12.zip", standard="scorm12")
    f = s.frame
    for i in range(14):
        h1 = f.get_by_role("heading", level=1).inner_text()
        groups = f.get_by_role("group").all()
        print(i, h1, [(g.locator("legend").inner_text()[:50], [l.inner_text() for l in g.locator("label").all()][:4], g.locator("input").first.get_attribute("type") if g.locator("input").count() else None) for g in groups])
        nxt = f.get_by_role("button", name="Next", exact=True)
        if not nxt.is_enabled():
            print("next disabled"); break
        nxt.click()
