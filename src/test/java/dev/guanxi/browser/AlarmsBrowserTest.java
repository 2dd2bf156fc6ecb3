package dev.guanxi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guanxi.identity.Role;
import dev.guanxi.sales.internal.AlarmNotifier;
import dev.guanxi.support.Api;
import dev.guanxi.support.IdentityFixtures;
import dev.guanxi.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A rep's stuck deal in a real browser: the daily round raises the alarm, the bell in the top bar
 * counts it (loaded by htmx), the notification opens the deal, and the alarm is on the home page and
 * the abnormal-opportunity list. Screenshots go to target/screenshots.
 */
@IntegrationTest
@Tag("browser")
class AlarmsBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AlarmNotifier notifier;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start(1440, 900);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theBellCountsTheAlarmAndOpensTheDeal() throws Exception {
        UUID department = fixtures.department("Alarm East", null);
        IdentityFixtures.TestUser rep = fixtures.user("Alarm Rep", department, Role.SALES_REP);
        IdentityFixtures.TestUser manager = fixtures.user("Alarm Manager", department, Role.SALES_MANAGER);
        UUID account = api.account(rep, "苏州明达精密机械有限公司 " + System.nanoTime() % 100000, null);
        UUID deal = Api.idOf(api.post(rep, "/api/v1/opportunities", "{\"name\":\"数控机床改造项目\",\"accountId\":\""
                + account + "\",\"amount\":\"860000\"}").andReturn().getResponse().getContentAsString());
        jdbc.sql("update opportunities set stage_entered_at = now() - interval '25 days', created_at = now() - interval '25 days'"
                + " where id = :id").param("id", deal).update();
        notifier.raise();

        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("username")).sendKeys(rep.email());
        browser.findElement(By.id("password")).sendKeys(IdentityFixtures.PASSWORD);
        browser.findElement(By.id("gx-login-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Hello, Alarm Rep"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#gx-bell .gx-bell-count"), "2"));
        assertThat(browser.getPageSource()).contains("数控机床改造项目").contains("My abnormal opportunities");
        shot("alarms-home");

        browser.get(url("/opportunities/alarms"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("gx-alarms"), "No activity for 25 days"));
        shot("alarms-list");

        browser.findElement(By.id("gx-bell")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Notifications"));
        shot("notifications");
        browser.findElement(By.cssSelector(".gx-notification button[name=open]")).click();
        wait.until(ExpectedConditions.urlContains("/opportunities/" + deal));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#gx-bell .gx-bell-count"), "1"));

        browser.get(url("/opportunities/alarms?lang=zh-CN"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("gx-alarms"), "25 天无活动"));
        shot("alarms-list-zh");

        // the department's manager heard of it too, and sees the rep's figures on the home page
        browser.findElement(By.id("gx-user-menu")).click();
        click(By.id("gx-logout"));
        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("username")).sendKeys(manager.email());
        browser.findElement(By.id("password")).sendKeys(IdentityFixtures.PASSWORD);
        browser.findElement(By.id("gx-login-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("gx-team-figures"), "Alarm Rep"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#gx-bell .gx-bell-count"), "2"));
        shot("alarms-manager-home");
    }

    private void click(By locator) {
        wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    private void shot(String name) throws Exception {
        Path file = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
