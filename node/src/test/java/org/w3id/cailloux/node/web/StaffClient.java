package org.w3id.cailloux.node.web;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3id.cailloux.node.TestNode;

/** A person's browser reduced to HTTP: it keeps the cookies the node sets and reads CSRF tokens from pages. */
final class StaffClient {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final TestNode node;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    StaffClient(TestNode node) {
        this.node = node;
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(node.uri(path)).GET());
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields) throws Exception {
        return send(HttpRequest.newBuilder(node.uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
    }

    /** Posts a file and text fields as multipart/form-data, as a browser sends a form with a file input. */
    HttpResponse<String> postFile(String path, Map<String, String> fields, String fileField, String filename, String content)
            throws Exception {
        String boundary = "----cailloux" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(fileField).append("\"; filename=\"").append(filename).append("\"\r\n")
                .append("Content-Type: application/octet-stream\r\n\r\n").append(content).append("\r\n")
                .append("--").append(boundary).append("--\r\n");
        return send(HttpRequest.newBuilder(node.uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    /** Signs in through the sign-in page; returns the response to the form's post. */
    HttpResponse<String> signIn(String username, String password) throws Exception {
        String token = csrf(get("/staff/sign-in").body());
        return postForm("/staff/sign-in", Map.of("username", username, "password", password, "csrf", token, "next", "/staff"));
    }

    /** The CSRF token of the session, read from a staff page. */
    String sessionCsrf() throws Exception {
        return csrf(get("/staff").body());
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF token in the page:\n" + html);
        }
        return m.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).strip();
            String value = pair.substring(eq + 1).strip();
            if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response;
    }

    static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The fields of a valid experiment, as the form posts them. */
    static Map<String, String> gardens(String slug) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("slug", slug);
        f.put("title.fr", "Jardins partagés");
        f.put("title.en", "Shared gardens");
        f.put("summary.fr", "Des jardins cultivés ensemble par les habitants du quartier.");
        f.put("startDate", "2021-04");
        f.put("status", "running");
        f.put("pillars:citizen-involvement", "on");
        f.put("themes:food-system", "on");
        f.put("themes:biodiversity", "on");
        f.put("participationLevel", "co-construction");
        f.put("milestones[0].id", "");
        f.put("milestones[0].title.fr", "Première récolte");
        f.put("milestones[0].date", "2021-09");
        f.put("means[0].id", "");
        f.put("means[0].type", "budget");
        f.put("means[0].description.fr", "Graines et outils");
        f.put("means[0].amount", "1500");
        f.put("means[0].unit", "EUR");
        return f;
    }

    static List<String> lines(String text) {
        return text.lines().toList();
    }
}
