package org.sixrates.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.sixrates.db.Tables.AUDIT_CHANGE;
import static org.sixrates.db.Tables.AUDIT_EVENT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.sixrates.testing.MutableClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Failed sign-ins locked for a while, by the form, by HTTP Basic and by tokens: 5 wrong
 * passwords of a name at one address lock it for a minute, and until the lock ends even
 * the right password gets the same answer as a wrong one. Each lock is logged at WARN and
 * audited.
 */
@AccountsTest
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottlingTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MutableClock clock;

	@Autowired
	private DSLContext dsl;

	@Test
	void theLoginFormLocksAfterFiveWrongPasswordsAndRefusesEvenTheRightOneUntilTheLockEnds() throws Exception {
		RequestPostProcessor from = from("10.1.0.1");
		for (int i = 0; i < 5; i++) {
			signIn("viewer", "wrong-" + i, from).andExpect(redirectedUrl("/login?error"));
		}

		signIn("viewer", AccountsTest.PASSWORD, from).andExpect(redirectedUrl("/login?locked"));
		signIn("viewer", "wrong", from).andExpect(redirectedUrl("/login?locked"));
		mvc.perform(get("/login").param("locked", "").with(anonymous()))
			.andExpect(content().string(containsString("登录失败次数过多，已暂时锁定。请稍后再试。")));
		mvc.perform(get("/login").param("locked", "").param("lang", "en").with(anonymous()))
			.andExpect(content().string(containsString("Too many failed sign-ins")));
		// the owner at another address is not held back
		signIn("viewer", AccountsTest.PASSWORD, from("10.1.0.2")).andExpect(redirectedUrl("/"));

		this.clock.advance(Duration.ofMinutes(1));
		signIn("viewer", AccountsTest.PASSWORD, from).andExpect(redirectedUrl("/"));
	}

	@Test
	void httpBasicIsLockedWithA429AndRetryAfterWhateverThePassword() throws Exception {
		RequestPostProcessor from = from("10.1.1.1");
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/api/years").with(httpBasic("clerk-landong", "wrong-" + i)).with(from))
				.andExpect(status().isUnauthorized());
		}

		for (String password : new String[] { AccountsTest.PASSWORD, "wrong" }) {
			mvc.perform(get("/api/years").with(httpBasic("clerk-landong", password)).with(from))
				.andExpect(status().isTooManyRequests())
				.andExpect(header().string("Retry-After", "60"))
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(429));
		}
		// a scraper's Basic on the pages is the same sign-in
		mvc.perform(get("/actuator/prometheus").with(httpBasic("clerk-landong", AccountsTest.PASSWORD)).with(from))
			.andExpect(status().isTooManyRequests());

		this.clock.advance(Duration.ofMinutes(1));
		mvc.perform(get("/api/years").with(httpBasic("clerk-landong", AccountsTest.PASSWORD)).with(from))
			.andExpect(status().isOk());
	}

	@Test
	void aLockIsLoggedAtWarnAndInTheAuditTrail(CapturedOutput output) throws Exception {
		RequestPostProcessor from = from("10.1.2.1");
		long events = dsl.fetchCount(AUDIT_EVENT);
		for (int i = 0; i < 5; i++) {
			signIn("admin", "wrong-" + i, from);
		}

		assertThat(output.getOut()).containsPattern(
				"WARN .* Sign-in locked \\(NAME_AND_ADDRESS\\) for 'admin' from 10\\.1\\.2\\.1 for 60 s after 5 failed");
		assertThat(dsl.fetchCount(AUDIT_EVENT)).isEqualTo(events + 1);
		var event = dsl.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID.desc()).limit(1).fetchOne();
		assertThat(event.getAction()).isEqualTo("SIGN_IN_LOCKED");
		assertThat(event.getContent()).isEqualTo("USERS");
		assertThat(event.getUsername()).isEqualTo("admin");
		String change = dsl.select(AUDIT_CHANGE.AFTER_VALUE)
			.from(AUDIT_CHANGE)
			.where(AUDIT_CHANGE.EVENT_ID.eq(event.getId()))
			.fetchOne(AUDIT_CHANGE.AFTER_VALUE);
		assertThat(change).contains("\"address\":\"10.1.2.1\"", "\"failures\":5", "\"lockedFor\":\"PT1M\"");

		mvc.perform(get("/audit").param("user", "admin").with(user("admin").roles("ADMIN")))
			.andExpect(content()
				.string(allOf(containsString("锁定登录"), containsString("用户账号"), containsString("address=10.1.2.1"))));
		mvc.perform(get("/audit").param("user", "admin").param("lang", "en").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(allOf(containsString("Sign-in locked:"), containsString("user accounts"))));
	}

	@Test
	void aNameThatIsNoAccountIsLockedAndAuditedAsAnonymous() throws Exception {
		RequestPostProcessor from = from("10.1.3.1");
		for (int i = 0; i < 5; i++) {
			signIn("nobody\nforged line", "wrong", from).andExpect(redirectedUrl("/login?error"));
		}
		signIn("nobody\nforged line", "wrong", from).andExpect(redirectedUrl("/login?locked"));

		var event = dsl.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID.desc()).limit(1).fetchOne();
		assertThat(event.getUsername()).isEqualTo("anonymous");
		assertThat(dsl.select(AUDIT_CHANGE.AFTER_VALUE)
			.from(AUDIT_CHANGE)
			.where(AUDIT_CHANGE.EVENT_ID.eq(event.getId()))
			.fetchOne(AUDIT_CHANGE.AFTER_VALUE)).contains("\"user\":\"nobody?forged line\"");
	}

	@Test
	void aFloodOfBadTokensLocksItsAddressForTokensToo() throws Exception {
		RequestPostProcessor from = from("10.1.4.1");
		String token = mvc
			.perform(post("/api/tokens").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"flood test\"}")
				.with(httpBasic("admin", AccountsTest.PASSWORD))
				.with(from("10.1.4.2")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
		for (int i = 0; i < 20; i++) {
			mvc.perform(get("/api/years").header("Authorization", "Bearer sr_guess" + i).with(from))
				.andExpect(status().isUnauthorized());
		}

		mvc.perform(get("/api/years").header("Authorization", "Bearer " + token).with(from))
			.andExpect(status().isTooManyRequests());
		mvc.perform(get("/api/years").header("Authorization", "Bearer " + token).with(from("10.1.4.3")))
			.andExpect(status().isOk());
		this.clock.advance(Duration.ofMinutes(1));
		mvc.perform(get("/api/years").header("Authorization", "Bearer " + token).with(from)).andExpect(status().isOk());
	}

	private ResultActions signIn(String name, String password, RequestPostProcessor from) throws Exception {
		return mvc.perform(post("/login").param("username", name)
			.param("password", password)
			.with(csrf())
			.with(anonymous())
			.with(from));
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
