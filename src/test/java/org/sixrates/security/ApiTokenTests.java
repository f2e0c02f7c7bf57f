package org.sixrates.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.sixrates.db.Tables.API_TOKEN;
import static org.sixrates.db.Tables.AUDIT_CHANGE;
import static org.sixrates.db.Tables.AUDIT_EVENT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sixrates.testing.MutableClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.sixrates.db.tables.records.ApiTokenRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * API tokens: made with a password, shown once, stored as their SHA-256, sent as
 * {@code Authorization: Bearer}, with the role and committee of their user, revoked or
 * expired into a 401, and audited. The page {@code /account/tokens} does the same for
 * browsers.
 */
@AccountsTest
class ApiTokenTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final RequestPostProcessor ADMIN = httpBasic("admin", AccountsTest.PASSWORD);

	private static final RequestPostProcessor CLERK = httpBasic("clerk-landong", AccountsTest.PASSWORD);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DSLContext dsl;

	@Autowired
	private MutableClock clock;

	@Test
	void aTokenIsShownOnceStoredOnlyAsItsSha256AndSignsInTheApiWithoutASession() throws Exception {
		JsonNode created = create(ADMIN, "{\"name\": \"nightly export\", \"expiresInDays\": 30}");
		String token = created.get("token").asString();

		assertThat(token).startsWith("sr_").hasSize(46);
		assertThat(created.get("user").asString()).isEqualTo("admin");
		assertThat(created.get("name").asString()).isEqualTo("nightly export");
		ApiTokenRecord row = dsl.selectFrom(API_TOKEN).where(API_TOKEN.ID.eq(created.get("id").asLong())).fetchOne();
		assertThat(row.getSha256()).isEqualTo(ApiTokens.sha256(token)).matches("[0-9a-f]{64}");
		assertThat(row.intoMap().values()).noneMatch(value -> String.valueOf(value).contains(token.substring(3)));
		assertThat(Duration.between(row.getCreatedAt(), row.getExpiresAt())).isEqualTo(Duration.ofDays(30));
		String list = mvc.perform(get("/api/tokens").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name", hasItem("nightly export")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).doesNotContain(token);

		MvcResult use = mvc.perform(get("/api/rankings/2025").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(use.getRequest().getSession(false)).isNull();
	}

	@Test
	void aClerksTokenReachesExactlyWhatTheClerkDoes() throws Exception {
		String token = create(CLERK, "{\"name\": \"clerk script\"}").get("token").asString();
		String bearer = "Bearer " + token;

		mvc.perform(get("/api/committees/LANDONG/2025").header("Authorization", bearer)).andExpect(status().isOk());
		mvc.perform(get("/api/committees/LANXI/2025").header("Authorization", bearer))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/records").param("committee", "LANXI").header("Authorization", bearer))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/committees").contentType("text/csv").content("x").header("Authorization", bearer))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/tokens").header("Authorization", bearer))
			.andExpect(jsonPath("$[*].user", not(hasItem("admin"))));
	}

	@Test
	void aRevokedTokenAndAnExpiredOneAreA401() throws Exception {
		JsonNode revoked = create(ADMIN, "{\"name\": \"to revoke\"}");
		String bearer = "Bearer " + revoked.get("token").asString();
		mvc.perform(get("/api/years").header("Authorization", bearer)).andExpect(status().isOk());

		mvc.perform(delete("/api/tokens/{id}", revoked.get("id").asLong()).with(ADMIN))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/years").header("Authorization", bearer))
			.andExpect(status().isUnauthorized())
			.andExpect(header().stringValues("WWW-Authenticate", hasItem(containsString("error=\"invalid_token\""))))
			.andExpect(jsonPath("$.detail").value("The API token is unknown, revoked or expired."));
		mvc.perform(delete("/api/tokens/{id}", revoked.get("id").asLong()).with(ADMIN))
			.andExpect(status().isNotFound());

		String expiring = create(ADMIN, "{\"name\": \"one day\", \"expiresInDays\": 1}").get("token").asString();
		mvc.perform(get("/api/years").header("Authorization", "Bearer " + expiring)).andExpect(status().isOk());
		this.clock.advance(Duration.ofDays(1));
		mvc.perform(get("/api/years").header("Authorization", "Bearer " + expiring))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theLastUseIsWrittenAtMostOnceAMinute() throws Exception {
		JsonNode created = create(ADMIN, "{\"name\": \"last use\"}");
		long id = created.get("id").asLong();
		String bearer = "Bearer " + created.get("token").asString();
		assertThat(lastUsed(id)).isNull();

		mvc.perform(get("/api/years").header("Authorization", bearer)).andExpect(status().isOk());
		OffsetDateTime first = lastUsed(id);
		assertThat(first.toInstant()).isEqualTo(this.clock.instant());
		this.clock.advance(Duration.ofSeconds(30));
		mvc.perform(get("/api/years").header("Authorization", bearer)).andExpect(status().isOk());
		assertThat(lastUsed(id)).isEqualTo(first);
		this.clock.advance(Duration.ofSeconds(30));
		mvc.perform(get("/api/years").header("Authorization", bearer)).andExpect(status().isOk());
		assertThat(lastUsed(id).toInstant()).isEqualTo(this.clock.instant());
	}

	@Test
	void aTokenCannotMakeTokensAndOnlyTheOfficeActsForOtherUsers() throws Exception {
		String bearer = "Bearer " + create(CLERK, "{\"name\": \"clerk's own\"}").get("token").asString();
		mvc.perform(post("/api/tokens").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"longer lived\"}")
			.header("Authorization", bearer)).andExpect(status().isForbidden());
		mvc.perform(post("/api/tokens").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"for the viewer\", \"user\": \"viewer\"}")
			.with(CLERK)).andExpect(status().isForbidden());
		mvc.perform(get("/api/tokens").param("user", "admin").with(CLERK)).andExpect(status().isForbidden());

		long adminsToken = create(ADMIN, "{\"name\": \"office\"}").get("id").asLong();
		mvc.perform(delete("/api/tokens/{id}", adminsToken).with(CLERK)).andExpect(status().isNotFound());

		JsonNode forClerk = create(ADMIN, "{\"name\": \"made by the office\", \"user\": \"clerk-landong\"}");
		assertThat(forClerk.get("user").asString()).isEqualTo("clerk-landong");
		assertThat(forClerk.get("createdBy").asString()).isEqualTo("admin");
		mvc.perform(
				get("/api/committees/LANXI/2025").header("Authorization", "Bearer " + forClerk.get("token").asString()))
			.andExpect(status().isForbidden());
		mvc.perform(delete("/api/tokens/{id}", forClerk.get("id").asLong()).with(CLERK))
			.andExpect(status().isNoContent());
		mvc.perform(post("/api/tokens").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"x\", \"user\": \"nobody\"}")
			.with(ADMIN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("There is no user nobody"));
		mvc.perform(
				post("/api/tokens").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \" \"}").with(ADMIN))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/tokens").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"x\", \"expiresInDays\": 0}")
			.with(ADMIN)).andExpect(status().isBadRequest());
	}

	@Test
	void makingAndRevokingATokenIsAudited() throws Exception {
		JsonNode created = create(CLERK, "{\"name\": \"audited\"}");
		long id = created.get("id").asLong();
		mvc.perform(delete("/api/tokens/{id}", id).with(ADMIN)).andExpect(status().isNoContent());

		var events = dsl.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID.desc()).limit(2).fetch();
		assertThat(events)
			.extracting(event -> event.getAction() + " " + event.getContent() + " " + event.getUsername() + " "
					+ event.getCommittee())
			.containsExactly("TOKEN_REVOKED USERS admin LANDONG", "TOKEN_CREATED USERS clerk-landong LANDONG");
		String after = dsl.select(AUDIT_CHANGE.AFTER_VALUE)
			.from(AUDIT_CHANGE)
			.where(AUDIT_CHANGE.EVENT_ID.eq(events.get(0).getId()))
			.fetchOne(AUDIT_CHANGE.AFTER_VALUE);
		assertThat(after).contains("\"name\":\"audited\"", "\"revokedAt\":\"")
			.doesNotContain(created.get("token").asString());
		mvc.perform(get("/audit").param("committee", "LANDONG").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(allOf(containsString("创建访问令牌"), containsString("撤销访问令牌"))));
	}

	@Test
	void theTokenPageShowsANewTokenOnceAndRevokesIt() throws Exception {
		MockHttpSession session = new MockHttpSession();
		RequestPostProcessor viewer = user("viewer").roles("VIEWER");
		MvcResult made = mvc
			.perform(post("/account/tokens").param("name", "页面令牌")
				.param("days", "90")
				.session(session)
				.with(csrf())
				.with(viewer))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/account/tokens"))
			.andExpect(flash().attributeExists("created"))
			.andReturn();
		String page = mvc.perform(get("/account/tokens").session(session).flashAttrs(made.getFlashMap()).with(viewer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher secret = Pattern.compile("id=\"token-secret\">(sr_[A-Za-z0-9_-]{43})<").matcher(page);
		assertThat(secret.find()).isTrue();
		assertThat(page).contains("<h1>访问令牌</h1>", "已创建令牌“页面令牌”", "页面令牌", "从未使用");
		mvc.perform(get("/api/years").header("Authorization", "Bearer " + secret.group(1))).andExpect(status().isOk());

		mvc.perform(get("/account/tokens").param("lang", "en").with(viewer))
			.andExpect(content().string(allOf(containsString("<h1>API tokens</h1>"), containsString("页面令牌"),
					not(containsString(secret.group(1))), not(containsString("id=\"token-user\"")))));

		long id = dsl.select(API_TOKEN.ID).from(API_TOKEN).where(API_TOKEN.NAME.eq("页面令牌")).fetchOne(API_TOKEN.ID);
		mvc.perform(post("/account/tokens/{id}/revoke", id).with(csrf()).with(viewer))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("revoked", "页面令牌"));
		mvc.perform(get("/api/years").header("Authorization", "Bearer " + secret.group(1)))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/account/tokens").with(viewer)).andExpect(content().string(not(containsString("页面令牌"))));
	}

	@Test
	void thePageRefusesATokenWithoutANameInTheReadersLanguage() throws Exception {
		mvc.perform(post("/account/tokens").param("name", "").with(csrf()).with(user("viewer").roles("VIEWER")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("令牌未创建：请填写名称")));
		mvc.perform(get("/account/tokens").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(allOf(containsString("id=\"token-user\""),
					containsString("<option value=\"clerk-landong\">clerk-landong</option>"))));
	}

	private JsonNode create(RequestPostProcessor who, String body) throws Exception {
		String answer = mvc.perform(post("/api/tokens").contentType(MediaType.APPLICATION_JSON).content(body).with(who))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(answer);
	}

	private OffsetDateTime lastUsed(long id) {
		return dsl.select(API_TOKEN.LAST_USED_AT)
			.from(API_TOKEN)
			.where(API_TOKEN.ID.eq(id))
			.fetchOne(API_TOKEN.LAST_USED_AT);
	}

}
