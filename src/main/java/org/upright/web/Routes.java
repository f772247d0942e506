package org.upright.web;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;

/**
 * Every route of the web application in one place: its method, path, who may call it ({@link Access}, checked by
 * {@link Guard}) and the handler that serves it. {@code openapi.json} describes the API's set, which a test keeps
 * true; the pages' set answers in HTML.
 */
final class Routes {
    /** One route: a method, a path in Javalin's syntax ({@code {iso3}} a path parameter), its access and handler. */
    record Route(HandlerType method, String path, Access access, Handler handler) {
        /** A {@code GET} route anyone may read when the public view is on. */
        Route(String path, Handler handler) {
            this(HandlerType.GET, path, Access.READ, handler);
        }
    }

    private Routes() {
    }

    static List<Route> of(HealthApi health, CountriesApi countries, DocumentsApi documents, SearchApi search,
                          OpenApi openApi, ReadingPages reading) {
        return List.of(
                new Route(HandlerType.GET, "/healthz", Access.OPEN, health::check),
                new Route(HandlerType.GET, "/api/openapi.json", Access.OPEN, openApi::serve),
                new Route("/api/countries", countries::list),
                new Route("/api/countries/{iso3}/obligations", countries::obligations),
                new Route("/api/documents", documents::list),
                new Route("/api/documents/{id}", documents::one),
                new Route("/api/search", search::search),
                new Route("/api/search/similar/{id}", search::similar),
                new Route("/api/statements", search::statements),
                new Route("/api/recommendations", search::recommendations),
                new Route("/api/clusters", search::clusters),
                new Route("/api/entries/{id}", reading::entryJson));
    }

    /** The downloads written from the record: search exports, the UPR compilation and the next-cycle draft. */
    static List<Route> reports(ExportApi exports, ReportsApi reports) {
        return List.of(new Route("/api/export", exports::export),
                new Route("/api/reports/compilation/{iso3}", reports::compilation),
                new Route("/api/reports/draft/{iso3}", reports::draft));
    }

    /** The report of a State's recommendations charted (PDF, HTML, Word). */
    static List<Route> charts(ChartsApi charts) {
        return List.of(new Route("/api/reports/charts/{iso3}", charts::report));
    }

    /** The session of API clients: sign in with JSON, see who is signed in, sign out. */
    static List<Route> sessionApi(SessionApi session) {
        return List.of(
                new Route(HandlerType.POST, "/api/session", Access.OPEN, session::signIn),
                new Route(HandlerType.GET, "/api/session", Access.VIEWER, session::current),
                new Route(HandlerType.DELETE, "/api/session", Access.VIEWER, session::signOut));
    }

    /** Signing in and out in the browser, and the admins' accounts page. */
    static List<Route> accountPages(LoginPage login, AccountsPage accounts) {
        return List.of(
                new Route(HandlerType.GET, "/login", Access.OPEN, login::form),
                new Route(HandlerType.POST, "/login", Access.OPEN, login::signIn),
                new Route(HandlerType.POST, "/logout", Access.VIEWER, login::signOut),
                new Route(HandlerType.GET, "/admin/accounts", Access.ADMIN, accounts::list),
                new Route(HandlerType.POST, "/admin/accounts", Access.ADMIN, accounts::add));
    }

    /** The server-rendered pages and their style sheet; their failures are HTML error pages, not problems. */
    static List<Route> pages(Pages pages) {
        return List.of(
                new Route("/", pages::home),
                new Route("/countries/{iso3}", pages::country),
                new Route("/search", pages::search),
                new Route(HandlerType.GET, Pages.CSS_PATH, Access.OPEN, pages::css));
    }

    /** The tracking API: read by anyone who may read, changed by editors (institutions and members by admins). */
    static List<Route> tracking(TrackingApi api) {
        return List.of(
                new Route("/api/tracking/{key}", api::get),
                new Route(HandlerType.PUT, "/api/tracking/{key}/status", Access.EDITOR, api::status),
                new Route(HandlerType.POST, "/api/tracking/{key}/actions", Access.EDITOR, api::action),
                new Route(HandlerType.POST, "/api/tracking/{key}/indicators", Access.EDITOR, api::indicator),
                new Route(HandlerType.POST, "/api/tracking/{key}/comments", Access.EDITOR, api::comment),
                new Route(HandlerType.PUT, "/api/tracking/{key}/institutions", Access.ADMIN, api::institutions),
                new Route(HandlerType.PUT, "/api/tracking/{key}/members", Access.ADMIN, api::members));
    }

    /** The tracking panel's page and the targets of its forms. */
    static List<Route> trackingPages(TrackingPages pages) {
        return List.of(
                new Route("/tracking/{key}", pages::page),
                new Route(HandlerType.POST, "/tracking/{key}/status", Access.EDITOR, pages::status),
                new Route(HandlerType.POST, "/tracking/{key}/actions", Access.EDITOR, pages::action),
                new Route(HandlerType.POST, "/tracking/{key}/indicators", Access.EDITOR, pages::indicator),
                new Route(HandlerType.POST, "/tracking/{key}/comments", Access.EDITOR, pages::comment),
                new Route(HandlerType.POST, "/tracking/{key}/institutions", Access.ADMIN, pages::institutions));
    }

    /**
     * The reading pages (an entry, a document, the documents), the upload of documents by editors, and the scripts
     * from the classpath.
     */
    static List<Route> reading(ReadingPages reading, UploadPages upload) {
        return List.of(
                new Route("/entries/{id}", reading::entry),
                new Route("/documents", reading::documents),
                new Route("/documents/{id}", reading::document),
                new Route(HandlerType.GET, "/upload", Access.EDITOR, upload::form),
                new Route(HandlerType.POST, "/upload", Access.EDITOR, upload::upload),
                new Route(HandlerType.GET, "/upload/{job}", Access.EDITOR, upload::job),
                new Route(HandlerType.GET, StaticFiles.SCRIPT_PATH, Access.OPEN, StaticFiles::script),
                new Route(HandlerType.GET, StaticFiles.VENDOR_PATH, Access.OPEN, StaticFiles::vendor));
    }

    /** The labels API: an entry's labels read by anyone who may read, decided by editors; the queue for editors. */
    static List<Route> labels(LabelApi api) {
        return List.of(
                new Route("/api/labels/{key}", api::get),
                new Route(HandlerType.POST, "/api/labels/{key}", Access.EDITOR, api::decide),
                new Route(HandlerType.GET, "/api/review", Access.EDITOR, api::review));
    }

    /** The review queue's page, the target of the labels panel's forms, and the way from a key to its entry. */
    static List<Route> labelPages(LabelPages labels, ReviewPage review) {
        return List.of(
                new Route(HandlerType.GET, "/review", Access.EDITOR, review::page),
                new Route("/labels/{key}", labels::entry),
                new Route(HandlerType.POST, "/labels/{key}", Access.EDITOR, labels::decide));
    }
}
