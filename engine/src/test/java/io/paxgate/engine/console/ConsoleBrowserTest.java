package io.paxgate.engine.console;

import io.paxgate.engine.Engine;
import io.paxgate.engine.cli.ShippedConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The console in headless Chromium against the real engine on loopback: an officer sees an alert
 * arrive live, acknowledges it and records the outcome; an officer of another post does not see it.
 * Skipped (with the reason) where the Debian packages chromium and chromium-driver are missing.
 *
 * <p>Security is on: each officer logs in through the console's form ({@link #openAsOfficerOf}),
 * the manifest is sent with the airline's API key, and the other post's officer is kept from the
 * alert by the engine's access control, not by the page.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ConsoleBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(30);

    /** Selenium warns on every start that it has no CDP bindings for this Chromium: the tests use none. */
    private static final java.util.logging.Logger CDP_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    @TempDir
    Path dir;

    private static final String PASSWORD = "a border booth password";

    Engine engine;
    String airlineKey;
    WebDriver gyd;
    WebDriver kvd;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void chromium() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "console browser tests skipped: install the Debian packages chromium and chromium-driver "
                        + "(apt-get install -y chromium chromium-driver; .ci/run does it)");
        CDP_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    @BeforeEach
    void start() throws Exception {
        // the engine as shipped, security on: officers of two posts and the airline of the sample (J2)
        java.nio.file.Path cfg = ShippedConfig.copyTo(dir);
        io.paxgate.engine.config.EngineConfig ec = io.paxgate.engine.config.EngineConfig.load(cfg).withPorts(0, 0)
                .withDirs(dir.resolve("journal"), dir.resolve("alerts")).withSecurity(true);
        engine = Engine.start(io.paxgate.engine.config.PaxgateConfig.load(cfg), ec, java.time.Clock.systemUTC());
        var users = engine.security().users();
        users.putUser("officer-gyd", io.paxgate.engine.security.Role.OFFICER, java.util.List.of("GYD"), PASSWORD);
        users.putUser("officer-kvd", io.paxgate.engine.security.Role.OFFICER, java.util.List.of("KVD"), PASSWORD);
        airlineKey = users.putAirline("azal", java.util.List.of("J2"), java.util.List.of("J2", "J2API"), null);
    }

    @AfterEach
    void stop() {
        for (WebDriver d : new WebDriver[] {gyd, kvd}) {
            if (d != null) {
                d.quit();
            }
        }
        engine.close();
    }

    private WebDriver browser() {
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--user-data-dir=" + dir.resolve("chrome-" + System.nanoTime()), "--window-size=1280,900");
        // a driver process per browser: quitting the browser stops its driver
        WebDriver d = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), o);
        d.manage().timeouts().scriptTimeout(WAIT);
        return d;
    }

    private String base() {
        return "http://127.0.0.1:" + engine.httpPort();
    }

    /** The console as the officer of {@code post}: logged in through the console's own form. */
    private WebDriver openAsOfficerOf(String post) {
        WebDriver d = browser();
        d.get(base() + "/#officer");
        WebDriverWait wait = new WebDriverWait(d, WAIT);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user"))).sendKeys("officer-" + post.toLowerCase(java.util.Locale.ROOT));
        d.findElement(By.id("password")).sendKeys(PASSWORD);
        d.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("conn"), "Live."));
        return d;
    }

    @Test
    void anOfficerSeesAnAlertArriveLiveAcknowledgesItAndRecordsTheOutcomeAndAnotherPostDoesNot() throws Exception {
        gyd = openAsOfficerOf("GYD");
        kvd = openAsOfficerOf("KVD");
        assertTrue(gyd.findElements(By.cssSelector("#alerts tbody tr")).isEmpty(), "no alerts before the manifest");

        // the flight's manifest arrives while the officer is watching; it names a listed traveller
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/v1/messages"))
                .header("Authorization", "ApiKey " + airlineKey)
                .POST(HttpRequest.BodyPublishers.ofByteArray(
                        Files.readAllBytes(Path.of("..", "config", "samples", "paxlst_gyd_planted_hits.edi"))))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, r.statusCode(), r.body());

        WebDriverWait wait = new WebDriverWait(gyd, WAIT);
        WebElement row = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#alerts tbody tr[data-id='A1']")));
        // the live region is written just after the row: wait for it rather than read it at once
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("live"), "New "));

        // keyboard: Enter on the row opens the detail, with the traveller and the reasons
        row.sendKeys(Keys.ENTER);
        WebElement detail = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("detail")));
        assertTrue(detail.getText().contains("Traveller") && detail.findElements(By.cssSelector(".reason")).size() >= 1,
                detail.getText());
        assertListedEntryBesideTheTraveller(gyd, "A1");

        // two clicks: acknowledge, then the outcome
        wait.until(ExpectedConditions.elementToBeClickable(By.id("ack"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#detail [data-outcome='false_positive']"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#alerts tr[data-id='A1'] .status"), "closed"));
        assertTrue(engine.alerts().get("A1").map(a -> a.disposition != null && "false_positive".equals(a.disposition.outcome))
                .orElse(false), "the outcome is stored in the engine");

        // the other post's officer, watching the whole time, has not seen it
        List<WebElement> other = kvd.findElements(By.cssSelector("#alerts tbody tr"));
        assertTrue(other.isEmpty(), "an officer of KVD sees no GYD alert, saw " + other.size());
        assertTrue(kvd.findElement(By.id("no-alerts")).isDisplayed());
    }

    /**
     * The opened alert's first name-list hit: its table has real headers (field, traveller, listed
     * entry) and the Name row holds the traveller's name beside the listed entry's primary name.
     */
    private void assertListedEntryBesideTheTraveller(WebDriver d, String alertId) {
        io.paxgate.engine.alerts.Alert alert = engine.alerts().get(alertId).orElseThrow();
        io.paxgate.engine.alerts.Alert.Reason hit = alert.reasons.stream().filter(r -> "name_list".equals(r.kind)).findFirst()
                .orElseThrow(() -> new AssertionError(alertId + " has no name-list hit"));
        String listed = engine.screening().watchlists().snapshot().get(hit.source).list().entries().stream()
                .filter(e -> e.id().equals(hit.entry)).findFirst().orElseThrow().primaryName().full();
        String compare = "//article[@id='detail']//table[contains(@class,'compare')][caption[contains(., 'entry " + hit.entry + "')]]";
        By table = By.xpath(compare);
        By nameRow = By.xpath(compare + "/tbody/tr[th[@scope='row'][.='Name']]");
        new WebDriverWait(d, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.xpath(compare + "/tbody/tr[1]/td[2]"), listed));
        List<String> headers = d.findElement(table).findElements(By.cssSelector("thead th[scope=col]")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Field", "Traveller", "Listed entry"), headers);
        List<WebElement> cells = d.findElement(nameRow).findElements(By.tagName("td"));
        assertEquals(alert.traveller.name, cells.get(0).getText());
        assertTrue(cells.get(1).getText().startsWith(listed), cells.get(1).getText());
    }

    @Test
    void theConsoleIsServedWithAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base() + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        HttpResponse<String> js = http.send(HttpRequest.newBuilder(URI.create(base() + "/console/console.js")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        String etag = js.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(base() + "/console/console.js"))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode());
        assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(base() + "/console/..%2Fpaxgate.yaml")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }
}
