package org.practica.web;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.practica.BrowserTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The navbar as people use it, with Bootstrap's own script: its menus open on a click and
 * close on Escape or a click elsewhere, and on a phone the hamburger shows the links.
 */
class NavbarBrowserTests extends BrowserTestSupport {

	@Test
	void theMenusOpenAndCloseAndTheHamburgerShowsTheLinksOnAPhone() throws Exception {
		World world = world();
		signIn(world.communityAdmin().getUsername(), PASSWORD);
		open("/needs");
		assertThat(browser.findElement(By.id("nav-agreements")).isDisplayed()).isFalse();
		click(By.id("nav-manage-menu"));
		visible(By.id("nav-agreements"));
		assertThat(browser.findElement(By.id("nav-manage-menu")).getDomAttribute("aria-expanded")).isEqualTo("true");
		browser.findElement(By.id("nav-manage-menu")).sendKeys(Keys.ESCAPE);
		hidden(By.id("nav-agreements"));
		click(By.id("nav-manage-menu"));
		visible(By.id("nav-agreements"));
		click(By.tagName("h1"));
		hidden(By.id("nav-agreements"));
		click(By.id("nav-manage-menu"));
		click(By.id("nav-agreements"));
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/agreements"));

		browser.manage().window().setSize(new Dimension(390, 900));
		try {
			open("/needs");
			assertThat(browser.findElement(By.id("nav-projects-menu")).isDisplayed()).isFalse();
			click(By.id("nav-toggler"));
			visible(By.id("nav-projects-menu"));
			click(By.id("nav-projects-menu"));
			visible(By.cssSelector("#main-nav a[href='/projects']"));
			screenshot("navbar-phone");
			click(By.id("nav-toggler"));
			hidden(By.id("nav-projects-menu"));
		}
		finally {
			browser.manage().window().setSize(new Dimension(1280, 1400));
		}
	}

	private void visible(By by) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	private void hidden(By by) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOfElementLocated(by));
	}

}
