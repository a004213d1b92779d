package se.klossnet.call.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The export document as a plain HTML page for the person: nested sections and tables, every value escaped.
 * The JSON document is the complete record; this is the same content, readable without tools.
 */
final class ExportPage {

    private ExportPage() {
    }

    static String render(JsonNode document) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Your data at this node</title></head><body><h1>Your data at this node</h1>");
        html.append("<p>Export ").append(escape(document.path("requestId").asText())).append(" for ")
                .append(escape(document.path("personPseudonym").asText())).append(", generated ")
                .append(escape(document.path("generatedAt").asText())).append(".</p>");
        for (Map.Entry<String, JsonNode> service : document.path("services").properties()) {
            html.append("<h2>").append(escape(service.getKey())).append("</h2>");
            for (Map.Entry<String, JsonNode> part : service.getValue().properties()) {
                html.append("<h3>").append(escape(part.getKey())).append(" (").append(part.getValue().size())
                        .append(")</h3>");
                value(html, part.getValue());
            }
        }
        return html.append("</body></html>").toString();
    }

    private static void value(StringBuilder html, JsonNode node) {
        if (node.isArray()) {
            html.append("<ol>");
            node.forEach(item -> {
                html.append("<li>");
                value(html, item);
                html.append("</li>");
            });
            html.append("</ol>");
        } else if (node.isObject()) {
            html.append("<table>");
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                html.append("<tr><th>").append(escape(field.getKey())).append("</th><td>");
                value(html, field.getValue());
                html.append("</td></tr>");
            }
            html.append("</table>");
        } else if (!node.isNull()) {
            html.append(escape(node.asText()));
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
