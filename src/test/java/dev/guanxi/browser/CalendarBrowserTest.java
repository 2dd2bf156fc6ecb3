package dev.guanxi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guanxi.identity.Role;
import dev.guanxi.support.IdentityFixtures;
import dev.guanxi.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Plans a meeting from the calendar in a real browser: click 10:00 in the week view, fill in the form,
 * and find the meeting on the calendar at 10:00 of the user's own clock (Asia/Shanghai, while the
 * browser's computer runs on UTC).
 */
@IntegrationTest
@Tag("browser")
class CalendarBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start(1440, 1000);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            Path shot = Path.of("target", "screenshots", "calendar-last.png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
            browser.quit();
        }
    }

    @Test
    void clickATimeOnTheCalendarPlanTheMeetingAndSeeItThere() {
        IdentityFixtures.TestUser rep = fixtures.user("Calendar Rep", fixtures.department("Calendar", null), Role.SALES_REP);
        String subject = "产品演示 " + Long.toString(System.nanoTime()).substring(9);

        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("username")).sendKeys(rep.email());
        browser.findElement(By.id("password")).sendKeys(IdentityFixtures.PASSWORD);
        browser.findElement(By.id("gx-login-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Hello, Calendar Rep"));

        browser.get(url("/calendar"));
        WebElement tenOClock = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("td.fc-timegrid-slot-lane[data-time='10:00:00']")));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", tenOClock);
        new Actions(browser).moveToElement(tenOClock).click().perform();

        WebElement start = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plannedStart")));
        String chosen = start.getDomProperty("value");
        assertThat(chosen).endsWith("T10:00");
        browser.findElement(By.id("subject")).sendKeys(subject);
        WebElement save = browser.findElement(By.id("gx-save-activity"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", save);
        save.click();
        wait.until(ExpectedConditions.textToBe(By.id("gx-activity-subject"), subject));

        String zone = jdbc.sql("select time_zone from users where id = :id").param("id", rep.id()).query(String.class).single();
        LocalDateTime stored = LocalDateTime.ofInstant(jdbc.sql("select planned_start from activities where subject = :s")
                .param("s", subject).query(java.sql.Timestamp.class).single().toInstant(), ZoneId.of(zone));
        assertThat(stored).isEqualTo(LocalDateTime.parse(chosen));

        browser.get(url("/calendar"));
        WebElement event = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//a[contains(@class,'fc-event')][.//*[contains(text(), '" + subject + "')]]")));
        assertThat(event.getText()).contains("10:00");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
