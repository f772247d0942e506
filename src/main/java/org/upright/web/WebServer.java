package org.upright.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.http.HttpCookie;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.upright.account.AccountService;
import org.upright.account.LoginThrottle;
import org.upright.common.UprightException;
import org.upright.ingest.IngestService;
import org.upright.ingest.store.DocumentStore;
import org.upright.obligation.ObligationService;
import org.upright.report.ChartReports;
import org.upright.report.RecommendationCharts;
import org.upright.search.SearchIndex;
import org.upright.tracking.TrackingService;
import org.upright.report.ExportService;

/**
 * The web application: the REST API and the server-rendered pages over the services it is given, on Javalin (Jetty
 * 12). Routes are in {@link Routes}; every failure becomes a {@link ProblemDetails} response (API) or an HTML error
 * page (pages) here and only here, and every response carries the security headers.
 */
public final class WebServer {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Routes.Route> routes;
    private final List<Routes.Route> pages;
    private final TrackingPages trackingPages;
    private final Guard guard;
    private final UploadJobs uploads;
    private long uploadLimitMb = UploadPages.MAX_FILE_MB;
    private Javalin app;

    /** The server answers this machine only unless told otherwise. */
    public static final String LOOPBACK = "127.0.0.1";
    /** How long a session lives without a request. */
    static final Duration SESSION_IDLE = Duration.ofHours(8);
    static final String SESSION_COOKIE = "upright_session";

    /**
     * @param services   what the pages and the API call
     * @param publicView whether anonymous visitors may read (else everything but signing in needs an account)
     */
    public WebServer(WebServices services, boolean publicView) {
        ObligationService obligations = services.obligations();
        SearchIndex index = services.index();
        DocumentStore store = services.store();
        this.uploads = services.ingest() == null ? null
                : new UploadJobs(services.ingest(), java.time.Clock.systemUTC());
        this.trackingPages = new TrackingPages(services.tracking());
        // both read the index and tracking the services already hold; nothing else to wire in App
        RecommendationCharts charts = new RecommendationCharts(index, services.tracking());
        LabelPages labelPages = new LabelPages(services.labels(), services.concepts(), store);
        ReadingPages reading = new ReadingPages(store, index, obligations, trackingPages::entryPanel,
                labelPages::entryPanel);
        List<Routes.Route> api = concat(concat(concat(Routes.of(new HealthApi(store),
                new CountriesApi(obligations, index), new DocumentsApi(store, obligations), new SearchApi(index), new OpenApi(), reading),
                Routes.tracking(new TrackingApi(services.tracking()))),
                Routes.sessionApi(new SessionApi(services.accounts(), services.throttle()))),
                Routes.reports(new ExportApi(services.exports()),
                        new ReportsApi(services.compilations(), services.drafts(), obligations)));
        this.routes = concat(concat(api, Routes.charts(new ChartsApi(new ChartReports(charts), obligations))),
                Routes.labels(new LabelApi(services.labels(), obligations)));
        List<Routes.Route> served = concat(concat(concat(Routes.pages(new Pages(obligations, index, charts)),
                Routes.reading(reading, new UploadPages(uploads))), Routes.trackingPages(trackingPages)),
                Routes.accountPages(new LoginPage(services.accounts(), services.throttle()),
                        new AccountsPage(services.accounts())));
        this.pages = concat(served, Routes.labelPages(labelPages,
                new ReviewPage(labelPages, services.labels(), obligations)));
        this.guard = new Guard(publicView, services.accounts());
    }

    /** The tracking panel of the pages, for the pages that include {@code tracking.jte}. */
    TrackingPages trackingPages() {
        return trackingPages;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    /** Sets the largest file an upload may hold, before the server starts: for tests of the limit. */
    synchronized WebServer uploadLimit(long megabytes) {
        if (app != null) {
            throw new IllegalStateException("the web server is running already");
        }
        uploadLimitMb = megabytes;
        return this;
    }

    /** Starts serving on the loopback interface only; see {@link #start(String, int)}. */
    public synchronized WebServer start(int port) {
        return start(LOOPBACK, port);
    }

    /**
     * Starts serving on an interface ("127.0.0.1", or "0.0.0.0" for every one) and port (0: any free one) and
     * returns at once.
     *
     * @throws UprightException when the port is taken or cannot be opened
     */
    public synchronized WebServer start(String host, int port) {
        if (app != null) {
            throw new IllegalStateException("the web server is running already");
        }
        Javalin created = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jsonMapper(new JavalinJackson(JSON, false));
            config.jetty.multipartConfig.maxFileSize(uploadLimitMb, io.javalin.config.SizeUnit.MB);
            config.jetty.multipartConfig.maxTotalRequestSize(UploadPages.MAX_REQUEST_MB,
                    io.javalin.config.SizeUnit.MB);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, io.javalin.config.SizeUnit.MB);
            config.router.javaLangErrorHandler((response, error) -> {
                LOG.error("internal error", error);
                response.setStatus(500);
                response.setContentType(ProblemDetails.CONTENT_TYPE);
                try {
                    response.getOutputStream().write(JSON.writeValueAsString(new ProblemDetails("about:blank",
                            ProblemDetails.title(500), 500, "an unexpected error occurred; it has been logged", null))
                            .getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    // the client is gone: nothing more to tell it
                }
            });
            config.jetty.modifyServletContextHandler(handler -> handler.setSessionHandler(sessionHandler()));
            config.routes.before(WebServer::securityHeaders);
            config.routes.beforeMatched(guard::check);
            for (Routes.Route route : routes) {
                config.routes.addHttpHandler(route.method(), route.path(), route.handler(), route.access());
            }
            for (Routes.Route route : pages) {
                config.routes.addHttpHandler(route.method(), route.path(), route.handler(), route.access());
            }
            config.routes.exception(Exception.class, WebServer::problem);
            // Javalin answers an unknown path or method itself, in plain text: the same problem document instead
            for (int status : new int[] {404, 405}) {
                config.routes.error(status, ctx -> {
                    if (isPage(ctx) && !String.valueOf(ctx.contentType()).startsWith("text/html")) {
                        Pages.error(ctx, status, Text.of(ctx).get("error.nothingServed", ctx.method(), ctx.path()));
                    } else if (!isPage(ctx) && !ProblemDetails.CONTENT_TYPE.equals(ctx.contentType())) {
                        ctx.json(new ProblemDetails("about:blank", ProblemDetails.title(status), status,
                                "nothing is served at " + ctx.method() + " " + ctx.path(), ctx.path()));
                        ctx.contentType(ProblemDetails.CONTENT_TYPE);
                    }
                });
            }
        });
        try {
            created.start(host, port);
        } catch (RuntimeException e) {
            created.stop();
            if (bindFailure(e)) {
                throw new UprightException("port " + port + " is in use: stop what listens there or give another "
                        + "with --port");
            }
            throw new UprightException("cannot start the web server on port " + port + ": " + e.getMessage(), e);
        }
        app = created;
        return this;
    }

    /** The port served on. */
    public synchronized int port() {
        if (app == null) {
            throw new IllegalStateException("the web server is not running");
        }
        return app.port();
    }

    /** Stops serving; nothing happens when it is not running. */
    public synchronized void stop() {
        if (uploads != null) {
            uploads.close();
        }
        if (app != null) {
            app.stop();
            app = null;
        }
    }

    /** The paths of the API's routes (those {@code openapi.json} describes), in Javalin's syntax. */
    List<String> paths() {
        return routes.stream().map(Routes.Route::path).distinct().toList();
    }

    /** The API's operations as "get /api/x" (method in lower case, as {@code openapi.json} keys them). */
    List<String> operations() {
        return routes.stream().map(r -> r.method().name().toLowerCase(java.util.Locale.ROOT) + " " + r.path())
                .toList();
    }

    /** Every route, API and pages, for tests that must cover each (e.g. every write needs a session and token). */
    List<Routes.Route> allRoutes() {
        return concat(routes, pages);
    }

    /**
     * Jetty's sessions: the cookie HttpOnly (no script reads it), SameSite=Lax (not sent on cross-site writes; the
     * CSRF token is the second guard), Secure whenever the request came over https, and an idle timeout.
     */
    private static SessionHandler sessionHandler() {
        SessionHandler sessions = new SessionHandler();
        sessions.setSessionCookie(SESSION_COOKIE);
        sessions.setHttpOnly(true);
        sessions.setSameSite(HttpCookie.SameSite.LAX);
        sessions.setSecureRequestOnly(true);
        sessions.setMaxInactiveInterval((int) SESSION_IDLE.toSeconds());
        return sessions;
    }

    /** Whether the request is for a page (HTML errors) rather than the API or the health check (problem JSON). */
    private static boolean isPage(Context ctx) {
        String path = ctx.path();
        return !path.startsWith("/api/") && !path.equals("/api") && !path.equals("/healthz");
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Security-Policy", "default-src 'self'");
        ctx.header("Referrer-Policy", "same-origin");
    }

    /** The one mapping of failures to HTTP: a problem document; details only for Upright's own failures. */
    private static void problem(Exception failure, Context ctx) {
        Exception e = UploadPages.tooLarge(failure) ? UploadPages.tooLargeProblem() : failure;
        ProblemDetails problem = ProblemDetails.of(e, ctx.path());
        if (problem.status() >= 500) {
            LOG.error("{} {}: {}", ctx.method(), ctx.path(), e.toString(), e);
        }
        if (isPage(ctx) && problem.status() == 401 && ctx.method() == io.javalin.http.HandlerType.GET) {
            // a page that needs an account: the sign-in page, which comes back here afterwards
            ctx.redirect("/login?next=" + java.net.URLEncoder.encode(ctx.fullUrl().substring(
                    ctx.fullUrl().indexOf(ctx.path())), StandardCharsets.UTF_8));
            return;
        }
        if (isPage(ctx)) {
            Pages.error(ctx, problem.status(), problem.detail());
            return;
        }
        ctx.json(problem);
        ctx.status(problem.status()).contentType(ProblemDetails.CONTENT_TYPE);
    }

    private static boolean bindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException || t instanceof io.javalin.util.JavalinBindException) {
                return true;
            }
        }
        return false;
    }
}
