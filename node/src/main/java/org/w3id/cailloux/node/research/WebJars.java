package org.w3id.cailloux.node.research;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The addresses of the browser libraries the pages load, served from their WebJars under {@code /webjars/};
 * versions are read from each WebJar's Maven metadata so that a version change in the pom needs nothing else.
 */
@Singleton
public class WebJars {

    private final String yasguiScript;
    private final String yasguiStyle;
    private final String echartsScript;

    WebJars() {
        String yasgui = "/webjars/zazuko__yasgui/" + version("zazuko__yasgui") + "/build/";
        this.yasguiScript = yasgui + "yasgui.min.js";
        this.yasguiStyle = yasgui + "yasgui.min.css";
        this.echartsScript = "/webjars/echarts/" + version("echarts") + "/dist/echarts.min.js";
    }

    /** YASGUI's script. */
    public String yasguiScript() {
        return yasguiScript;
    }

    /** YASGUI's style sheet. */
    public String yasguiStyle() {
        return yasguiStyle;
    }

    /** ECharts' script. */
    public String echartsScript() {
        return echartsScript;
    }

    private static String version(String artifact) {
        String path = "/META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        try (InputStream in = WebJars.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The WebJar " + artifact + " is not on the classpath");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
