using Microsoft.Playwright;
using SpasmCoach.E2E.Hosting;
using static Microsoft.Playwright.Assertions;

namespace SpasmCoach.E2E.Layout;

/// <summary>
/// The main pages on a phone, light and dark: full-page screenshots to look at (bin/.../screenshots, git-ignored),
/// and the layout rules a half-asleep thumb needs checked on every one of them.
/// </summary>
public sealed class PhoneLayoutTests(SpasmCoachApp app)
{
    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task MainPagesOnAPhone_FitTheScreenWithLargeTargetsAndAnUncoveredCrampNowButton(ColorScheme scheme)
    {
        await using var context = await app.NewContextAsync(scheme);
        var page = await context.NewPageAsync();
        var watch = new PageWatch(page);
        var problems = new List<string>();
        var theme = scheme.ToString().ToLowerInvariant();

        foreach (var (name, path) in new[] { ("landing", "/"), ("register", "/account/register"), ("login", "/account/login") })
        {
            await page.GotoAsync(path);
            problems.AddRange(await CheckAsync(page, $"{theme}-{name}"));
        }

        await Accounts.RegisterAsync(page);
        await DiarySeed.SetProfileAsync(page);
        await DiarySeed.AddPastDaysAsync(page, 10);
        await DiarySeed.AddCrampAsync(page, DiarySeed.Today);
        await page.GotoAsync("/cramp-now");
        problems.AddRange(await CheckAsync(page, $"{theme}-cramp-now"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Start: it is happening now" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cramp in progress" })).ToBeVisibleAsync();
        problems.AddRange(await CheckAsync(page, $"{theme}-cramp-in-progress"));

        await page.GotoAsync("/drinks");
        await page.GetByRole(AriaRole.Button, new() { Name = "+ Glass 250 ml" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Drink added.");
        problems.AddRange(await CheckAsync(page, $"{theme}-drinks"));

        foreach (var (name, path) in new[]
        {
            ("today", "/"), ("profile", "/profile"), ("log-cramp", "/episodes/new"), ("checkin", "/checkin"),
            ("diary", "/diary"), ("history", "/history"), ("food", "/food"), ("food-search", "/food?q=milk"),
            ("food-add", "/food/add/09040"), ("food-own", "/food/own"), ("food-trends", "/food/trends"),
            ("delete-account", "/account/delete"),
        })
        {
            await page.GotoAsync(path);
            problems.AddRange(await CheckAsync(page, $"{theme}-{name}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        // Every main page, light and dark: no CSP violation or script error, nothing fetched from elsewhere.
        watch.AssertNoErrors();
        watch.AssertOnlyRequestsTo(app.BaseUrl);
    }

    /// <summary>Saves the screenshot and returns what breaks the phone rules on this page.</summary>
    private static async Task<IReadOnlyList<string>> CheckAsync(IPage page, string name)
    {
        if (await page.Locator("[data-module='js/history-chart.js']").CountAsync() > 0)
        {
            await page.WaitForFunctionAsync("() => window.Chart?.getChart(document.getElementById('drinks-chart'))");
        }
        await Screenshots.SaveAsync(page, name);
        // What the thumb sees first, with the fixed button where it really is.
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots.Folder, name + "-first-screen.png") });
        var found = await page.EvaluateAsync<string[]>(LayoutRules);
        return [.. found.Select(problem => $"{name} ({new Uri(page.Url).PathAndQuery}): {problem}")];
    }

    // Targets: every control and every link that stands on its own (a link inside a sentence is exempt, as in WCAG 2.5.5).
    private const string LayoutRules = """
        () => {
            const problems = [];
            const width = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth > width) {
                problems.push(`page is ${document.documentElement.scrollWidth} px wide on a ${width} px screen`);
            }
            const describe = el => `${el.tagName.toLowerCase()} "${(el.innerText || el.value || el.getAttribute('aria-label') || el.id || '').trim().slice(0, 40)}"`;
            // Rendered, and not moved off-screen (the skip link until it gets focus) nor inside a closed <details>.
            const visible = el => { const r = el.getBoundingClientRect(); return r.right > 0 && el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }); };
            const inSentence = a => {
                const block = a.closest('p, li, td, th, dd, small, figcaption');
                return block && block.innerText.trim() !== a.innerText.trim();
            };
            const targets = [...document.querySelectorAll('a[href], button, select, textarea, summary, input:not([type=hidden]), label.choice, label.scale-point')]
                .filter(visible)
                .filter(el => !(el.matches('a') && inSentence(el)))
                .filter(el => !el.matches('input[type=radio], input[type=checkbox]') || !el.closest('label.choice, label.scale-point'));
            for (const el of targets) {
                // A radio or checkbox is tapped through its whole label.
                const target = el.matches('input[type=radio], input[type=checkbox]') && el.closest('label') ? el.closest('label') : el;
                const r = target.getBoundingClientRect();
                if (r.height < 44 || r.width < 44) problems.push(`${describe(el)} is ${Math.round(r.width)}x${Math.round(r.height)} px, under 44 px`);
                if (r.right > width + 1) problems.push(`${describe(el)} runs off the right edge`);
            }
            const base = parseFloat(getComputedStyle(document.body).fontSize);
            if (base < 16) problems.push(`body text is ${base} px`);
            // The fixed "Cramp now" bar: opaque and the width of the screen, so nothing shows around it to be tapped by
            // mistake (as a floating button it half hid "+ Mug"), and scrolled to the very end it must not cover
            // anything that can be tapped or read.
            const fab = document.querySelector('.cramp-now-bar');
            const coveredBy = (selector, where) => {
                const f = fab.getBoundingClientRect();
                const covered = [...document.querySelectorAll(selector)]
                    .filter(el => el !== fab && !fab.contains(el) && visible(el))
                    .filter(el => { const r = el.getBoundingClientRect(); return r.left < f.right && r.right > f.left && r.top < f.bottom && r.bottom > f.top; });
                for (const el of covered.filter(el => !covered.some(other => other !== el && el.contains(other)))) {
                    problems.push(`${where}, the Cramp now button covers ${describe(el)}`);
                }
            };
            if (fab) {
                const bar = fab.getBoundingClientRect();
                const background = getComputedStyle(fab).backgroundColor;
                if (bar.left > 0 || bar.right < width) problems.push(`the Cramp now bar is ${Math.round(bar.width)} px wide, not the screen's ${width}`);
                if (background === 'transparent' || background.endsWith(', 0)')) problems.push('the Cramp now bar is see-through');
                window.scrollTo(0, document.documentElement.scrollHeight);
                coveredBy('a[href], button, input:not([type=hidden]), select, textarea, summary, label, p, li, h1, h2, h3, td, th, legend', 'at the end');
                window.scrollTo(0, 0);
            }
            return problems;
        }
        """;
}
