package org.rightsdesk.web.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** Describes the JSON API at {@code /v3/api-docs}: its title and the bearer-token scheme. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Rightsdesk API", version = "v1",
        description = "JSON API of Rightsdesk. Authenticate with a personal API token: 'Authorization: Bearer rd_…'."))
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer")
class OpenApiConfiguration {
}
