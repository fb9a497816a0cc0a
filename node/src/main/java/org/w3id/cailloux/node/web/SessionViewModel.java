package org.w3id.cailloux.node.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/** Gives every page the signed-in staff member ({@code signedIn}, or none), for the header's sign-in state. */
@Singleton
class SessionViewModel implements ViewModelProcessor<Map<String, Object>> {

    private final StaffSessions sessions;

    SessionViewModel(StaffSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        Map<String, Object> model = modelAndView.getModel().orElse(Map.of());
        if (model.containsKey("signedIn") || request.getCookies().findCookie(StaffSessions.COOKIE).isEmpty()) {
            return;
        }
        sessions.current(request).ifPresent(signedIn -> {
            Map<String, Object> withSession = new LinkedHashMap<>(model);
            withSession.put("signedIn", signedIn);
            modelAndView.setModel(withSession);
        });
    }
}
