use super::blocks;

fn outline(page: &str) -> String {
    crate::test_support::outline_blocks(&blocks(page))
}

#[test]
fn outlines() {
    #[rustfmt::skip]
    let cases: &[(&str, &str)] = &[
        // Structure.
        ("<h1>Talks begin</h1><h2>Europe waits</h2><p>Envoys met.</p>", "T:Talks begin | H:Europe waits | P:Envoys met."),
        ("<h3>Deep heading</h3><h6>Small heading</h6>", "H:Deep heading | H:Small heading"),
        ("<title>Talks begin | The Daily Example</title><p>Envoys met.</p>", "T:Talks begin | P:Envoys met."),
        ("<title>Ferry saved - Coast News</title><p>Envoys met.</p>", "T:Ferry saved | P:Envoys met."),
        ("<title>Talks - what the envoys agreed on Tuesday</title>", "T:Talks - what the envoys agreed on Tuesday"),
        ("<title>Page</title><h1>Real headline</h1><p>Text.</p>", "T:Real headline | P:Text."),
        ("<p>No headline at all.</p>", "P:No headline at all."),
        ("<ul><li>One.<li>Two.</ul><ol><li><p>Three.</p></li></ol>", "P:One. | P:Two. | P:Three."),
        ("<blockquote><p>Quoted one.</p><p>Quoted two.</p></blockquote>", "P:Quoted one. | P:Quoted two."),
        ("<pre>line one\n  line two</pre>", "P:line one line two"),
        ("<table><tr><td>Cell one<td>Cell two</table>", "P:Cell one | P:Cell two"),
        ("<div>Loose text<div>inner</div>after</div>", "P:Loose text | P:inner | P:after"),
        // Inline elements flow into their paragraph; <br> is a space; <q> gets its marks.
        ("<p>A <a href=\"/x\">link</a>, <em>em</em>, <strong>strong</strong>, <span>span</span>.</p>", "P:A link, em, strong, span."),
        ("<p>one<br>two<br/>three</br>four</p>", "P:one two three four"),
        ("<p>He said <q>no deal</q>.</p>", "P:He said “no deal”."),
        ("<p>Mid<b>wo</b>rd</p>", "P:Midword"),
        ("<p>extra<wbr>ordinary Zelen&shy;skyy</p>", "P:extraordinary Zelenskyy"),
        // Implicit and missing end tags, misnesting, stray end tags.
        ("<p>First<p>Second<h2>Head</h2>Third", "P:First | P:Second | H:Head | P:Third"),
        ("<p>Open<div>block</div>", "P:Open | P:block"),
        ("<p><b><i>misnested</b> text</i></p>", "P:misnested text"),
        ("</p></div>Text</span>", "P:Text"),
        ("<h1>Title<h2>Sub</h2>", "T:Title | H:Sub"),
        ("<p>cut off <a href=\"x", "P:cut off"),
        // Character references.
        ("<p>&ldquo;Yes&rdquo; &amp; &lsquo;no&rsquo; &ndash; &mdash; &hellip;</p>", "P:“Yes” & ‘no’ – — …"),
        ("<p>&laquo;oui&raquo; &bdquo;ja&ldquo; &lt;tag&gt; &quot;q&quot; &apos;a&apos;</p>", "P:«oui» „ja“ <tag> \"q\" 'a'"),
        ("<p>Sánchez &amp; M&uuml;ller &Eacute;lys&eacute;e</p>", "P:Sánchez & Müller Élysée"),
        ("<p>&#8220;dec&#8221; &#x201C;hex&#X201D; &#147;cp1252&#148; &#65</p>", "P:“dec” “hex” “cp1252” A"),
        ("<p>&#0; &#xD800; &#99999999999;</p>", "P:\u{fffd} \u{fffd} \u{fffd}"),
        ("<p>AT&T &unknown; &amp a&nbsp;b</p>", "P:AT&T &unknown; &amp a b"),
        // Raw text: markup inside scripts and styles is not markup.
        ("<p>Before</p><script>var s = \"</p><p>not text\";</script><p>After</p>", "P:Before | P:After"),
        ("<script>if (a < b) {}</SCRIPT ><p>Shown</p>", "P:Shown"),
        ("<style>p > a { color: red }</style><p>Shown</p>", "P:Shown"),
        ("<script>never closed <p>hidden", ""),
        // Comments, CDATA, doctype, processing instructions.
        ("<!DOCTYPE html><!-- <p>gone</p> --><p>Kept</p><![CDATA[ <p>x</p> ]]><?xml x?>", "P:Kept"),
        ("<p>a<!-->b<!--->c</p>", "P:abc"),
        ("<p>a<!-- never closed <p>b</p>", "P:a"),
        // A `<` that opens no tag is text; `>` in quoted attributes does not end the tag.
        ("<p>3 < 5 and 7 > 2, a <- b, <3</p>", "P:3 < 5 and 7 > 2, a <- b, <3"),
        ("<p title=\"a > b\" data-x='c > d'>Text</p>", "P:Text"),
        ("<P CLASS=\"lead\">Upper</P><H2>CASE</H2>", "P:Upper | H:CASE"),
        ("<h1>Title</h1>\r\n<p>Line one\r\nline two</p>\r\n", "T:Title | P:Line one line two"),
        // Chrome: dropped elements.
        ("<nav><p>Home</p></nav><p>Body.</p><footer><p>© Site</p></footer>", "P:Body."),
        ("<header><h1>Site name</h1></header><p>Body.</p>", "P:Body."),
        ("<aside><p>Most read</p></aside><form><p>Search</p><button>Go</button></form><p>Body.</p>", "P:Body."),
        ("<noscript><p>Enable JS</p></noscript><template><p>t</p></template><svg><title>icon</title><text>x</text></svg><p>Body.</p>", "P:Body."),
        ("<iframe src=x>frame</iframe><p>Body.</p>", "P:Body."),
        ("<figure><img src=a.jpg alt=\"Photo\"><figcaption>Caption</figcaption></figure><p>Body.</p>", "P:Body."),
        ("<p>Share <button>Tweet</button> this.</p>", "P:Share this."),
        ("<p hidden>gone</p><p aria-hidden=\"true\">gone</p><div role=\"navigation\">gone</div><p>Body.</p>", "P:Body."),
        // Chrome: class and id names, as whole tokens or parts split at `-` and `_`.
        ("<div class=\"ad\">x</div><div class=\"top-ads\">x</div><div id=\"advert\">x</div><p>Body.</p>", "P:Body."),
        ("<div class=\"box sponsor\">x</div><div class=\"promo_box\">x</div><div class=\"newsletter-signup\">x</div><p>Body.</p>", "P:Body."),
        ("<div class=\"cookie-banner\">x</div><ul class=\"share-buttons\"><li>x</li></ul><div class=\"social\">x</div><p>Body.</p>", "P:Body."),
        ("<section class=\"related\">x</section><div id=\"comments\">x</div><div class=\"main-nav\">x</div><p>Body.</p>", "P:Body."),
        ("<ul class=\"menu\"><li>x</li></ul><ol class=\"breadcrumb\"><li>x</li></ol><div class=\"subscribe\">x</div><p>Body.</p>", "P:Body."),
        // Words that merely contain a chrome word are not chrome.
        ("<div class=\"shadow loaded header-image\"><p>Kept.</p></div>", "P:Kept."),
        ("<body class=\"has-ads\"><article class=\"ad-free\"><p>Kept.</p></article></body>", "P:Kept."),
        // The article is preferred to the rest of the page; its own header is kept.
        ("<p>Teaser.</p><article><header><h1>Headline</h1></header><p>Body.</p><footer>Tags</footer></article><p>More.</p>", "T:Headline | P:Body."),
        ("<article><p>Short teaser.</p></article><article><p>The long article body is this one.</p></article>", "P:The long article body is this one."),
        ("<h1>Outside headline</h1><article><p>Body.</p></article>", "T:Outside headline | P:Body."),
        ("<title>Tab title</title><main><p>Main body.</p></main><p>Outside.</p>", "T:Tab title | P:Main body."),
        ("<article><p>Outer.</p><article><p>Inner comment.</p></article></article>", "P:Outer. | P:Inner comment."),
        ("<div><p>Teaser.</p></div><div role=\"article\"><p>Body.</p></div>", "P:Body."),
        ("<p>Teaser.</p><div itemprop=\"articleBody\"><p>Body.</p></div>", "P:Body."),
        ("<p>Outside.</p><div role=\"main\" class=\"nav-open\"><p>Main body.</p></div>", "P:Main body."),
        // When the class rule would leave no paragraph, it is not applied.
        ("<div class=\"story comments-open\"><h1>Headline</h1><p>Only text.</p></div>", "T:Headline | P:Only text."),
        // Nothing readable.
        ("", ""),
        ("<", "P:<"),
        ("<p", ""),
        ("</", ""),
        ("<!--", ""),
        ("<a b='", ""),
        ("&", "P:&"),
        ("&#", "P:&#"),
        ("&#x", "P:&#x"),
    ];
    for (page, expected) in cases {
        assert_eq!(outline(page), *expected, "page: {page:?}");
    }
}

/// A saved news page as browsers store it, invented for this test: everything around the
/// article must go, and the article must come out whole and in order.
const NEWS_PAGE: &str = r##"<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Harbour town votes to keep its ferry | The Coastal Ledger</title>
  <link rel="stylesheet" href="/assets/site.css">
  <style>.hero > h1 { font-size: 3rem } p::after { content: "</p>" }</style>
  <script>window.dataLayer = []; document.write("<p>tracking</p>");</script>
  <script type="application/ld+json">{"headline": "Harbour town votes to keep its ferry"}</script>
</head>
<body class="article-page has-ads">
  <a class="skip-link" href="#content">Skip to content</a>
  <header class="site-header">
    <h1 class="logo"><a href="/">The Coastal Ledger</a></h1>
    <nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  </header>
  <div class="cookie-consent" role="dialog"><p>We use cookies. <button>Accept</button></p></div>
  <div class="ad-slot ad-leaderboard"><iframe src="https://ads.example/1"></iframe></div>
  <main id="content">
    <ol class="breadcrumbs"><li>News</li><li>Local</li></ol>
    <article class="story">
      <header class="story-header">
        <h1>Harbour town votes to keep its ferry</h1>
        <p class="byline">By Mara Quill &middot; 3 March</p>
      </header>
      <div class="share-bar"><a href="#">Share on social media</a></div>
      <p>Residents of Port Elden voted on Tuesday to keep the island ferry running,
         rejecting the council&rsquo;s plan to replace it with a weekend-only service.</p>
      <figure><img src="ferry.jpg" alt="The ferry at dawn"><figcaption>The ferry at dawn. Photo: Staff</figcaption></figure>
      <p>&ldquo;This boat is how our children get to school,&rdquo; said Ines Harrow, who
         runs the harbour caf&eacute;. <em>The vote was 412 to 97.</em></p>
      <aside class="related-stories"><h2>Related</h2><ul><li><a href="/x">Bridge plan shelved</a></li></ul></aside>
      <h2>What happens next</h2>
      <p>The council&#8217;s finance chief, Tomas Reyes, said the budget would be
         &ldquo;looked at again&rdquo; before April.</p>
      <blockquote><p>We heard the town loud and clear.</p></blockquote>
      <div class="advert"><p>Advertisement</p></div>
      <p>A final decision is expected next month.</p>
      <footer class="story-footer"><p>Topics: ferries, council</p></footer>
    </article>
    <section class="comments"><h2>Comments</h2><p>First!</p></section>
  </main>
  <aside class="sidebar"><h2>Most read</h2><p>Storm closes coast road</p></aside>
  <footer class="site-footer"><p>&copy; 2026 The Coastal Ledger</p><form><input type="email"><button>Subscribe</button></form></footer>
  <script src="/assets/app.js"></script>
</body>
</html>
"##;

#[test]
fn realistic_news_page() {
    let expected = [
        "T:Harbour town votes to keep its ferry",
        "P:By Mara Quill · 3 March",
        "P:Residents of Port Elden voted on Tuesday to keep the island ferry running, rejecting the council’s plan to replace it with a weekend-only service.",
        "P:“This boat is how our children get to school,” said Ines Harrow, who runs the harbour café. The vote was 412 to 97.",
        "H:What happens next",
        "P:The council’s finance chief, Tomas Reyes, said the budget would be “looked at again” before April.",
        "P:We heard the town loud and clear.",
        "P:A final decision is expected next month.",
    ];
    assert_eq!(outline(NEWS_PAGE), expected.join(" | "));
}

#[test]
fn deep_nesting_is_read_in_linear_time() {
    // Tens of thousands of unclosed elements and stray end tags: work quadratic in the
    // nesting would make this test crawl; linear work reads it in a blink.
    let page = "<div><span><li>".repeat(20_000) + "<p>deep</p>" + &"</b></i>".repeat(20_000);
    assert_eq!(outline(&page), "P:deep");
}
