package org.sixrates.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.sixrates.db.Tables.APP_USER;
import static org.sixrates.db.Tables.AUDIT_CHANGE;
import static org.sixrates.db.Tables.AUDIT_EVENT;
import static org.sixrates.db.Tables.COMMITTEE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The users of the database as the city office and the users themselves meet them: made,
 * signed in by the form and by HTTP Basic, disabled (form, Basic, tokens and open
 * sessions refused), enabled, a password reset and changed, a clerk bound to another
 * committee; the users of the settings as before; every change in the audit trail without
 * a password. Each test has users and addresses of its own.
 */
@AccountsTest
class UserAdministrationTests {

	private static final RequestPostProcessor OFFICE = user("admin").roles("ADMIN");

	private static final String PASSWORD = "a-clerk-password-1";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DSLContext dsl;

	@Autowired
	private StoredUsers stored;

	@Autowired
	private PasswordEncoder encoder;

	@Autowired
	private AccountAudit audit;

	@Autowired
	private Clock clock;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void aUserTheOfficeCreatesSignsInByTheFormAndByBasicWithItsRoleAndCommittee() throws Exception {
		create("clerk-made", "CLERK", "LANDONG", PASSWORD).andExpect(redirectedUrl("/account/users/clerk-made"));

		MockHttpSession session = signIn("clerk-made", PASSWORD, "10.7.1.1");
		// its password was set by the office: every page leads to the form that changes
		// it
		mvc.perform(get("/records").session(session)).andExpect(redirectedUrl("/account/password"));
		changeOwnPassword(session, PASSWORD, "the-clerk-chose-this").andExpect(redirectedUrl("/account/password"));
		mvc.perform(get("/records").session(session)).andExpect(status().isOk());
		// a clerk of LANDONG: its own committee's records, never another's, no audit
		// trail
		mvc.perform(get("/records").param("committee", "LANDONG").session(session)).andExpect(status().isOk());
		mvc.perform(get("/records").param("committee", otherCommittee()).session(session))
			.andExpect(status().isForbidden());
		mvc.perform(get("/audit").session(session)).andExpect(status().isForbidden());
		mvc.perform(get("/api/records").with(httpBasic("clerk-made", "the-clerk-chose-this")).with(from("10.7.1.2")))
			.andExpect(status().isOk());
		mvc.perform(get("/api/users").with(httpBasic("clerk-made", "the-clerk-chose-this")).with(from("10.7.1.2")))
			.andExpect(status().isForbidden());
		// the old password is gone
		signInOutcome("clerk-made", PASSWORD, "10.7.1.3").andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void aGeneratedPasswordIsShownOnceAndSignsIn() throws Exception {
		MvcResult made = create("viewer-made", "VIEWER", "", "").andExpect(redirectedUrl("/account/users/viewer-made"))
			.andReturn();
		String generated = (String) made.getFlashMap().get("generated");

		// 18 random bytes in URL-safe Base64, as the admin password generated at start
		assertThat(generated).matches("[A-Za-z0-9_-]{24}");
		mvc.perform(get("/account/users/viewer-made").flashAttr("generated", generated).with(OFFICE))
			.andExpect(content().string(containsString(generated)));
		mvc.perform(get("/account/users/viewer-made").with(OFFICE))
			.andExpect(content().string(allOf(containsString("查阅人"), not(containsString(generated)))));
		assertThat(dsl.fetchValue(APP_USER.PASSWORD_HASH, APP_USER.USERNAME.eq("viewer-made"))).startsWith("{bcrypt}$2")
			.doesNotContain(generated);
		MockHttpSession session = signIn("viewer-made", generated, "10.7.2.1");
		mvc.perform(get("/account/password").session(session))
			.andExpect(content().string(containsString("您的密码由市政协办公室设置")));
	}

	@Test
	void aDisabledUserCannotSignInAndItsSessionsAndTokensStop() throws Exception {
		create("clerk-off", "CLERK", "LANDONG", PASSWORD);
		MockHttpSession session = signIn("clerk-off", PASSWORD, "10.7.3.1");
		changeOwnPassword(session, PASSWORD, "clerk-off-own-password");
		String token = token("clerk-off", "clerk-off-own-password", "10.7.3.2");
		mvc.perform(get("/api/years").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

		mvc.perform(post("/account/users/clerk-off/enabled").param("enabled", "false").with(csrf()).with(OFFICE))
			.andExpect(redirectedUrl("/account/users/clerk-off"));

		// the open session ends at its next request, and the login page says why
		mvc.perform(get("/records").session(session)).andExpect(redirectedUrl("/login?ended"));
		assertThat(session.isInvalid()).isTrue();
		mvc.perform(get("/login").param("ended", "").with(anonymous()))
			.andExpect(content().string(containsString("请重新登录")));
		// the right password is told the user is disabled, a wrong one only that it is
		// wrong
		signInOutcome("clerk-off", "clerk-off-own-password", "10.7.3.3").andExpect(redirectedUrl("/login?disabled"));
		signInOutcome("clerk-off", "not-the-password", "10.7.3.3").andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/login").param("disabled", "").with(anonymous()))
			.andExpect(content().string(containsString("此账号已停用")));
		mvc.perform(get("/api/years").with(httpBasic("clerk-off", "clerk-off-own-password")).with(from("10.7.3.4")))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(containsString("disabled")));
		mvc.perform(get("/api/years").header("Authorization", "Bearer " + token).with(from("10.7.3.5")))
			.andExpect(status().isUnauthorized());
		// the office's token page offers no disabled user
		mvc.perform(get("/account/tokens").with(OFFICE))
			.andExpect(content().string(not(containsString("value=\"clerk-off\""))));

		mvc.perform(post("/account/users/clerk-off/enabled").param("enabled", "true").with(csrf()).with(OFFICE))
			.andExpect(redirectedUrl("/account/users/clerk-off"));
		signIn("clerk-off", "clerk-off-own-password", "10.7.3.6");
		mvc.perform(get("/api/years").header("Authorization", "Bearer " + token).with(from("10.7.3.7")))
			.andExpect(status().isOk());
		assertThat(actions("clerk-off")).containsExactly("USER_CREATED", "PASSWORD_CHANGED", "USER_DISABLED",
				"USER_ENABLED");
	}

	@Test
	void aResetPasswordReplacesTheOldOneAndEndsTheSessions() throws Exception {
		create("viewer-reset", "VIEWER", "", PASSWORD);
		MockHttpSession session = signIn("viewer-reset", PASSWORD, "10.7.4.1");
		changeOwnPassword(session, PASSWORD, "viewer-reset-own-1");

		mvc.perform(post("/account/users/viewer-reset/password").param("password", "office-chose-this-1")
			.param("confirmation", "office-chose-this-1")
			.with(csrf())
			.with(OFFICE)).andExpect(redirectedUrl("/account/users/viewer-reset"));

		mvc.perform(get("/records").session(session)).andExpect(redirectedUrl("/login?ended"));
		signInOutcome("viewer-reset", "viewer-reset-own-1", "10.7.4.2").andExpect(redirectedUrl("/login?error"));
		MockHttpSession again = signIn("viewer-reset", "office-chose-this-1", "10.7.4.3");
		mvc.perform(get("/records").session(again)).andExpect(redirectedUrl("/account/password"));
		// a refused reset says why and changes nothing
		mvc.perform(post("/account/users/viewer-reset/password").param("password", "short")
			.param("confirmation", "short")
			.with(csrf())
			.with(OFFICE))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("新密码太短：至少需要 12 个字符。")));
		signIn("viewer-reset", "office-chose-this-1", "10.7.4.4");
	}

	@Test
	void aWrongCurrentPasswordIsRefusedAndCountsAsAFailedSignIn() throws Exception {
		create("viewer-own-pw-test", "VIEWER", "", PASSWORD);
		MockHttpSession session = signIn("viewer-own-pw-test", PASSWORD, "10.7.5.1");

		changeOwnPassword(session, "not-my-password", "viewer-own-new-1").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("当前密码不正确，密码未修改。")));
		changeOwnPassword(session, PASSWORD, "viewer-own-new-1", "viewer-own-new-2").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("两次输入的新密码不一致。")));
		changeOwnPassword(session, PASSWORD, "VIEWER-own-pw-test").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("新密码不能与用户名相同。")));
		changeOwnPassword(session, PASSWORD, PASSWORD).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("新密码与当前密码相同")));
		assertThat(actions("viewer-own-pw-test")).containsExactly("USER_CREATED");
		signInOutcome("viewer-own-pw-test", PASSWORD, "10.7.5.2").andExpect(redirectedUrl("/"));

		// four more wrong current passwords from this address make five: the name is
		// locked there, even for the right one
		for (int i = 0; i < 4; i++) {
			changeOwnPassword(session, "guess-" + i, "viewer-own-new-1").andExpect(status().isBadRequest());
		}
		changeOwnPassword(session, PASSWORD, "viewer-own-new-1").andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("登录失败次数过多")));
	}

	@Test
	void aUserOfTheDatabaseIsThrottledAsAnyOther() throws Exception {
		create("viewer-guessed", "VIEWER", "", PASSWORD);
		for (int i = 0; i < 5; i++) {
			signInOutcome("viewer-guessed", "guess-" + i, "10.7.10.1").andExpect(redirectedUrl("/login?error"));
		}

		// locked at that address even for the right password, not at another
		signInOutcome("viewer-guessed", PASSWORD, "10.7.10.1").andExpect(redirectedUrl("/login?locked"));
		signInOutcome("viewer-guessed", PASSWORD, "10.7.10.2").andExpect(redirectedUrl("/"));
	}

	@Test
	void theOfficeBindsAClerkToAnotherCommitteeThatExists() throws Exception {
		create("clerk-moved", "CLERK", "LANDONG", PASSWORD);
		MockHttpSession session = signIn("clerk-moved", PASSWORD, "10.7.6.1");
		String other = otherCommittee();

		mvc.perform(post("/account/users/clerk-moved/role").param("role", "CLERK")
			.param("committee", "NOPE")
			.with(csrf())
			.with(OFFICE))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("没有代码为 NOPE 的单位")));
		mvc.perform(post("/account/users/clerk-moved/role").param("role", "CLERK")
			.param("committee", "")
			.with(csrf())
			.with(OFFICE)).andExpect(status().isBadRequest());
		assertThat(dsl.fetchValue(APP_USER.COMMITTEE, APP_USER.USERNAME.eq("clerk-moved"))).isEqualTo("LANDONG");
		mvc.perform(post("/account/users/clerk-moved/role").param("role", "CLERK")
			.param("committee", other)
			.with(csrf())
			.with(OFFICE)).andExpect(redirectedUrl("/account/users/clerk-moved"));

		// the session signed in as the clerk of LANDONG ends; signed in again, it is the
		// other committee's
		mvc.perform(get("/records").session(session)).andExpect(redirectedUrl("/login?ended"));
		MockHttpSession again = signIn("clerk-moved", PASSWORD, "10.7.6.2");
		changeOwnPassword(again, PASSWORD, "clerk-moved-own-1");
		mvc.perform(get("/records").param("committee", other).session(again)).andExpect(status().isOk());
		mvc.perform(get("/records").param("committee", "LANDONG").session(again)).andExpect(status().isForbidden());
		String change = lastChange("clerk-moved", "USER_CHANGED");
		assertThat(change).contains("\"committee\":\"" + other + "\"", "\"role\":\"CLERK\"");
	}

	@Test
	void theUsersOfTheSettingsWorkAsBeforeAndCannotBeChangedHere() throws Exception {
		for (String name : List.of("admin", "clerk-landong", "viewer")) {
			signIn(name, AccountsTest.PASSWORD, "10.7.7.1");
			mvc.perform(get("/api/years").with(httpBasic(name, AccountsTest.PASSWORD)).with(from("10.7.7.2")))
				.andExpect(status().isOk());
		}

		create("viewer", "VIEWER", "", PASSWORD).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("用户“viewer”由配置文件定义")));
		create("Admin", "ADMIN", "", PASSWORD).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("已有用户“Admin”")));
		mvc.perform(post("/account/users/admin/enabled").param("enabled", "false").with(csrf()).with(OFFICE))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("由配置文件定义，只能在配置文件中修改")));
		mvc.perform(get("/account/users/clerk-landong").with(OFFICE))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("此用户由配置文件定义"), not(containsString("id=\"role-form\"")))));
		mvc.perform(get("/account/users").with(OFFICE))
			.andExpect(content().string(allOf(containsString("id=\"user-admin\""), containsString("配置文件"))));
		MockHttpSession clerk = signIn("clerk-landong", AccountsTest.PASSWORD, "10.7.7.3");
		mvc.perform(get("/account/password").session(clerk))
			.andExpect(content()
				.string(allOf(containsString("您的账号由配置文件定义"), not(containsString("id=\"password-form\"")))));
		changeOwnPassword(clerk, AccountsTest.PASSWORD, "clerk-landong-new-1").andExpect(status().isBadRequest());
		signIn("clerk-landong", AccountsTest.PASSWORD, "10.7.7.4");
		assertThat(dsl.fetchCount(APP_USER, APP_USER.USERNAME.in("viewer", "Admin", "admin"))).isZero();
	}

	@Test
	void theApiListsTheUsersWithoutTheirPasswords() throws Exception {
		create("viewer-api", "VIEWER", "", PASSWORD);

		String body = mvc
			.perform(get("/api/users").with(httpBasic("admin", AccountsTest.PASSWORD)).with(from("10.7.8.1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.name == 'admin')].configured").value(true))
			.andExpect(jsonPath("$[?(@.name == 'viewer-api')].role").value("VIEWER"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).doesNotContain("bcrypt").doesNotContain(PASSWORD);
		mvc.perform(get("/api/users").with(httpBasic("viewer", AccountsTest.PASSWORD)).with(from("10.7.8.2")))
			.andExpect(status().isForbidden());
	}

	@Test
	void everyChangeIsAuditedWithTheUsersFieldsAndNeverItsPassword() throws Exception {
		create("clerk-audit", "CLERK", "LANDONG", PASSWORD);
		mvc.perform(post("/account/users/clerk-audit/role").param("role", "VIEWER").with(csrf()).with(OFFICE));
		mvc.perform(post("/account/users/clerk-audit/password").with(csrf()).with(OFFICE));

		assertThat(actions("clerk-audit")).containsExactly("USER_CREATED", "USER_CHANGED", "PASSWORD_RESET");
		var created = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(eventIds("clerk-audit").get(0))).fetchOne();
		assertThat(created.getUsername()).isEqualTo("admin");
		assertThat(created.getContent()).isEqualTo("USERS");
		assertThat(created.getCommittee()).isEqualTo("LANDONG");
		assertThat(lastChange("clerk-audit", "USER_CREATED")).contains("\"user\":\"clerk-audit\"", "\"role\":\"CLERK\"",
				"\"committee\":\"LANDONG\"", "\"enabled\":true", "\"passwordTemporary\":true");
		assertThat(lastChange("clerk-audit", "USER_CHANGED")).contains("\"role\":\"VIEWER\"", "\"committee\":null");
		String hash = dsl.fetchValue(APP_USER.PASSWORD_HASH, APP_USER.USERNAME.eq("clerk-audit"));
		for (String row : dsl.select(AUDIT_CHANGE.BEFORE_VALUE, AUDIT_CHANGE.AFTER_VALUE)
			.from(AUDIT_CHANGE)
			.where(AUDIT_CHANGE.ENTITY_KEY.eq("clerk-audit"))
			.fetch(record -> record.value1() + " " + record.value2())) {
			assertThat(row).doesNotContain(PASSWORD).doesNotContain("bcrypt").doesNotContain(hash.substring(8));
		}
		mvc.perform(get("/audit").param("user", "admin").with(OFFICE))
			.andExpect(content().string(allOf(containsString("创建用户"), containsString("修改用户角色或单位"),
					containsString("重置密码"), containsString("用户=clerk-audit"))));
	}

	@Test
	void theLastActiveUserOfTheOfficeCannotBeDisabledOrGivenAnotherRole() {
		// a city whose settings hold no user of the office, only a viewer
		Accounts accounts = new Accounts(List.of(User.withUsername("reader")
			.password("{noop}x")
			.authorities(Users.authorities(Role.VIEWER, null))
			.build()), this.stored);
		UserAdministration users = new UserAdministration(this.stored, accounts, this.encoder, this.audit, this.clock);
		Instant now = this.clock.instant();
		this.stored.insert(new UserAccount("office-solo", Role.ADMIN, null, true, false, false, false, now, "setup",
				now, "setup", 1), this.encoder.encode(PASSWORD));
		Authentication solo = UsernamePasswordAuthenticationToken.authenticated("office-solo", null,
				Users.authorities(Role.ADMIN, null));
		SecurityContextHolder.getContext().setAuthentication(solo);
		try {
			assertThatThrownBy(() -> inTransaction(() -> users.enable("office-solo", false)))
				.isInstanceOf(AccountRefused.class)
				.hasMessageContaining("\"office-solo\" is the last city office user");
			assertThatThrownBy(() -> inTransaction(() -> users.bind("office-solo", Role.VIEWER, null)))
				.isInstanceOf(AccountRefused.class);
			assertThat(this.stored.find("office-solo").orElseThrow().account().enabled()).isTrue();

			// with a second one, either may go, but not both
			inTransaction(() -> users.create("office-second", Role.ADMIN, null, "", ""));
			inTransaction(() -> users.enable("office-second", false));
			assertThatThrownBy(() -> inTransaction(() -> users.enable("office-solo", false)))
				.isInstanceOf(AccountRefused.class);
			inTransaction(() -> users.enable("office-second", true));
			inTransaction(() -> users.bind("office-solo", Role.VIEWER, null));
			assertThat(this.stored.find("office-solo").orElseThrow().account().role()).isEqualTo(Role.VIEWER);
			assertThatThrownBy(() -> inTransaction(() -> users.enable("office-second", false)))
				.isInstanceOf(AccountRefused.class);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void inTransaction(Runnable work) {
		this.transactions.executeWithoutResult(status -> work.run());
	}

	private ResultActions create(String name, String role, String committee, String password) throws Exception {
		return mvc.perform(post("/account/users").param("name", name)
			.param("role", role)
			.param("committee", committee)
			.param("password", password)
			.param("confirmation", password)
			.with(csrf())
			.with(OFFICE));
	}

	private MockHttpSession signIn(String name, String password, String address) throws Exception {
		MvcResult result = signInOutcome(name, password, address).andExpect(redirectedUrl("/")).andReturn();
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	private ResultActions signInOutcome(String name, String password, String address) throws Exception {
		return mvc.perform(post("/login").param("username", name)
			.param("password", password)
			.with(csrf())
			.with(anonymous())
			.with(from(address)));
	}

	private ResultActions changeOwnPassword(MockHttpSession session, String current, String password) throws Exception {
		return changeOwnPassword(session, current, password, password);
	}

	private ResultActions changeOwnPassword(MockHttpSession session, String current, String password,
			String confirmation) throws Exception {
		return mvc.perform(post("/account/password").param("current", current)
			.param("password", password)
			.param("confirmation", confirmation)
			.session(session)
			.with(csrf())
			.with(from("10.7.9." + (Math.abs(session.getId().hashCode()) % 250))));
	}

	private String token(String name, String password, String address) throws Exception {
		return mvc
			.perform(post("/api/tokens").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"user test\"}")
				.with(httpBasic(name, password))
				.with(from(address)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
	}

	private String otherCommittee() {
		return dsl.select(COMMITTEE.CODE)
			.from(COMMITTEE)
			.where(COMMITTEE.CODE.ne("LANDONG"))
			.orderBy(COMMITTEE.CODE)
			.limit(1)
			.fetchOne(COMMITTEE.CODE);
	}

	private List<Long> eventIds(String user) {
		return dsl.select(AUDIT_CHANGE.EVENT_ID)
			.from(AUDIT_CHANGE)
			.where(AUDIT_CHANGE.ENTITY.eq("USER"))
			.and(AUDIT_CHANGE.ENTITY_KEY.eq(user))
			.orderBy(AUDIT_CHANGE.EVENT_ID)
			.fetch(AUDIT_CHANGE.EVENT_ID);
	}

	private List<String> actions(String user) {
		return eventIds(user).stream().map(id -> dsl.fetchValue(AUDIT_EVENT.ACTION, AUDIT_EVENT.ID.eq(id))).toList();
	}

	private String lastChange(String user, String action) {
		return dsl.select(AUDIT_CHANGE.AFTER_VALUE)
			.from(AUDIT_CHANGE)
			.join(AUDIT_EVENT)
			.on(AUDIT_EVENT.ID.eq(AUDIT_CHANGE.EVENT_ID))
			.where(AUDIT_CHANGE.ENTITY_KEY.eq(user))
			.and(AUDIT_EVENT.ACTION.eq(action))
			.orderBy(AUDIT_CHANGE.ID.desc())
			.limit(1)
			.fetchOne(AUDIT_CHANGE.AFTER_VALUE);
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
