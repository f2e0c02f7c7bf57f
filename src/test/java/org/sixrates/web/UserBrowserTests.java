package org.sixrates.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The users as the city office and a new clerk meet them, in headless Chromium on the
 * demo city: the office creates a clerk of LANDONG with a one-time password, the clerk
 * signs in, is sent to choose its own password and does; the office disables it, and its
 * sign-in is refused with the reason. Screenshots in Chinese and English, at 1366 and 390
 * px, go to {@code target/screenshots/users-*}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:user-browser", "sixrates.demo-data=true",
				"sixrates.admin-password=" + UserBrowserTests.PASSWORD })
class UserBrowserTests extends ChromiumTest {

	static final String PASSWORD = "user-browser-password";

	UserBrowserTests() {
		super(1366, 1000);
	}

	@Test
	void theOfficeCreatesAClerkWhoChoosesItsOwnPasswordAndIsThenDisabled() throws IOException {
		var browser = chromium.browser;
		chromium.signIn("admin", PASSWORD);
		chromium.open("/account/users");
		assertThat(chromium.text("#user-table")).contains("admin", "clerk-landong", "配置文件");
		browser.findElement(By.id("new-user-name")).sendKeys("clerk-browser");
		new Select(browser.findElement(By.id("user-role"))).selectByValue("CLERK");
		new Select(browser.findElement(By.id("user-committee"))).selectByValue("LANDONG");
		browser.findElement(By.id("user-create")).click();
		chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("generated-password")));
		String generated = chromium.text("#generated-password");
		assertThat(generated).matches("[A-Za-z0-9_-]{24}");
		assertThat(chromium.text("#user-facts")).contains("填报人", "LANDONG", "启用");
		chromium.screenshot("users-created-zh");
		chromium.open("/account/users");
		assertThat(chromium.text("#user-clerk-browser")).contains("填报人", "网页创建", "待本人设置密码");
		chromium.screenshot("users-list-zh");
		chromium.open("/account/users?lang=en");
		assertThat(chromium.text("#user-table")).contains("Clerk", "the settings", "these pages");
		chromium.screenshot("users-list-en");
		phone();
		chromium.screenshot("users-list-en-390");
		chromium.open("/account/users?lang=zh");
		chromium.screenshot("users-list-zh-390");
		desktop();
		chromium.signOut();

		// the clerk's first sign-in leads to its own password
		chromium.signIn("clerk-browser", generated);
		assertThat(browser.getCurrentUrl()).endsWith("/account/password");
		assertThat(chromium.text("#password-temporary")).contains("请先设置您自己的密码");
		chromium.screenshot("users-password-first-zh");
		browser.findElement(By.id("current")).sendKeys(generated);
		browser.findElement(By.id("password")).sendKeys("澜东区填报人的密码2025");
		browser.findElement(By.id("confirmation")).sendKeys("澜东区填报人的密码2025");
		browser.findElement(By.id("password-save")).click();
		chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password-changed")));
		chromium.open("/records?committee=LANDONG");
		assertThat(browser.getCurrentUrl()).contains("/records");
		chromium.open("/account/password?lang=en");
		chromium.screenshot("users-password-en");
		phone();
		chromium.screenshot("users-password-en-390");
		desktop();
		chromium.open("/account/password?lang=zh");
		chromium.signOut();

		// disabled, it is told so at its next sign-in
		chromium.signIn("admin", PASSWORD);
		chromium.open("/account/users/clerk-browser");
		browser.findElement(By.id("enabled-toggle")).click();
		chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-saved")));
		assertThat(chromium.text("#user-state")).isEqualTo("已停用");
		chromium.screenshot("users-disabled-zh");
		chromium.signOut();
		chromium.open("/login");
		browser.findElement(By.id("username")).sendKeys("clerk-browser");
		browser.findElement(By.id("password")).sendKeys("澜东区填报人的密码2025");
		browser.findElement(By.id("login-submit")).click();
		chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-disabled")));
		assertThat(chromium.text("#login-disabled")).contains("此账号已停用");
		chromium.screenshot("users-login-disabled-zh");
	}

	private void phone() {
		chromium.browser.manage().window().setSize(new Dimension(390, 900));
	}

	private void desktop() {
		chromium.browser.manage().window().setSize(new Dimension(1366, 1000));
	}

}
