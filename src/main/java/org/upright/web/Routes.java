package org.upright.web;

import io.javalin.http.Handler;
import java.util.List;

/**
 * Every route of the web application in one place: its path and the handler that serves it. All are {@code GET};
 * {@code openapi.json} describes the API's set, which a test keeps true; the pages' set answers in HTML.
 */
final class Routes {
    /** One route: a path in Javalin's syntax ({@code {iso3}} a path parameter) and its handler. */
    record Route(String path, Handler handler) {
    }

    private Routes() {
    }

    static List<Route> of(HealthApi health, CountriesApi countries, DocumentsApi documents, SearchApi search,
                          OpenApi openApi) {
        return List.of(
                new Route("/healthz", health::check),
                new Route("/api/openapi.json", openApi::serve),
                new Route("/api/countries", countries::list),
                new Route("/api/countries/{iso3}/obligations", countries::obligations),
                new Route("/api/documents", documents::list),
                new Route("/api/documents/{id}", documents::one),
                new Route("/api/search", search::search),
                new Route("/api/search/similar/{id}", search::similar),
                new Route("/api/statements", search::statements),
                new Route("/api/recommendations", search::recommendations),
                new Route("/api/clusters", search::clusters));
    }

    /** The server-rendered pages and their style sheet; their failures are HTML error pages, not problems. */
    static List<Route> pages(Pages pages) {
        return List.of(
                new Route("/", pages::home),
                new Route("/countries/{iso3}", pages::country),
                new Route("/search", pages::search),
                new Route(Pages.CSS_PATH, pages::css));
    }
}
