/**
 * The API's paths, parameters, bodies and answers as TypeScript types, generated from the OpenAPI document
 * the server builds from its own route definitions. Do not edit: run `npm run generate:api`. The task pane
 * and the dashboard call the API through openapi-fetch with these types, so a renamed field is a compile
 * error in both; tests/openapi.test.ts fails when this file is not what the server documents.
 */
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Is the service up, and can it reach its database? */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The service and its database answer. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HealthResponse"];
                    };
                };
                /** @description The database cannot be reached, or this instance's pool hands out no connections. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HealthResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Can this instance take traffic: database reachable and migrated? */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Ready. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Readiness"];
                    };
                };
                /** @description Not yet: the database is unreachable or not migrated to this build. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Readiness"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Score distribution, task difficulty, funnel and skill averages */
        get: {
            parameters: {
                query?: {
                    assessmentId?: string;
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The figures. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Analytics"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API tokens for integrations */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Newest first; the tokens themselves are never shown again. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiTokenList"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        /** Make an API token (shown once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateApiTokenRequest"];
                };
            };
            responses: {
                /** @description Created. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreatedApiToken"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-tokens/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke an API token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Revoked. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiToken"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Not found, or not visible to the caller. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organisation's assessments */
        get: {
            parameters: {
                query?: {
                    archived?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Newest first. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssessmentList"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        /** Create an assessment from library tasks */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateAssessmentRequest"];
                };
            };
            responses: {
                /** @description Created. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Assessment"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One assessment */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The assessment. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Assessment"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Not found, or not visible to the caller. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        /**
         * Edit an assessment
         * @description In place while no one has been invited to it; once in use, as a new version (`versioned: true`) with the old one archived, so every result keeps the rules it was taken under.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateAssessmentRequest"];
                };
            };
            responses: {
                /** @description Saved. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UpdatedAssessment"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Not found, or not visible to the caller. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Conflicts with the current state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive an assessment: no new invites; its interviews and results stay */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Archived. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Assessment"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Not found, or not visible to the caller. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring an archived assessment back */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Restored. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Assessment"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Not found, or not visible to the caller. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/accept-invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set an invited colleague's password and sign them in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AcceptUserInviteRequest"];
                };
            };
            responses: {
                /** @description Password set; signed in. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Not found, or not visible to the caller. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Too many requests; `Retry-After` says when to try again. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/forgot-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * E-mail a link to choose a new password
         * @description Answers the same whether or not the email has an account, so nobody learns who has one.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ForgotPasswordRequest"];
                };
            };
            responses: {
                /** @description Accepted; a link is sent if the email has an account. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            message: string;
                        };
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Too many requests; `Retry-After` says when to try again. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The signed-in user. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your own password
         * @description Needs the current password; your other sign-ins end, this one stays.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ChangePasswordRequest"];
                };
            };
            responses: {
                /** @description Changed. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            changed: true;
                        };
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Choose a new password with the link from a reset e-mail, and sign in
         * @description The link works once, for an hour; every other sign-in of the account ends.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AcceptUserInviteRequest"];
                };
            };
            responses: {
                /** @description Password set; signed in. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Not found, or not visible to the caller. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Too many requests; `Retry-After` says when to try again. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in to the dashboard with email and password
         * @description Sets an HttpOnly, Secure, SameSite=Strict session cookie and answers with the CSRF token to send back.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SignInRequest"];
                };
            };
            responses: {
                /** @description Signed in. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Too many requests; `Retry-After` says when to try again. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out (ends this browser session) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Signed out. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            signedOut: true;
                        };
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Interviews, searched, filtered and sorted, a page at a time
         * @description Pages by `cursor` (the previous page’s `nextCursor`, for the same `sort`): stable while interviews are added, so nothing is skipped or repeated.
         */
        get: {
            parameters: {
                query?: {
                    assessmentId?: string;
                    cursor?: string;
                    from?: string;
                    limit?: number;
                    maxScore?: number | null;
                    minScore?: number | null;
                    q?: string;
                    sort?: "newest" | "oldest" | "score_desc" | "score_asc" | "name";
                    stage?: string;
                    state?: "invited" | "in_progress" | "completed" | "expired" | "abandoned";
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The interviews. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InterviewList"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/{id}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete a candidate's data, by their interview
         * @description Deletes one candidate's data on their request: the invite, the interview, hand-ins, scores, reviews, follow-ups, events, overrides, webhook deliveries and e-mails. The audit log records who deleted it and when, never who the candidate was. Refused (409) while the interview is in progress.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Erased"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Not found, or not visible to the caller. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Conflicts with the current state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The team’s notes on an interview, oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The notes. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NoteList"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Not found, or not visible to the caller. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        /** Add a note to an interview */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AddNoteRequest"];
                };
            };
            responses: {
                /** @description Added. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Note"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Not found, or not visible to the caller. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/{id}/share-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read-only links made for an interview’s result, with how often each was opened */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Newest first. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShareLinkList"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Make a read-only link to an interview’s result for someone without an account
         * @description The address is in this answer only; the server keeps its hash. It expires (1 to 90 days, 14 by default) and can be revoked.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateShareLinkRequest"];
                };
            };
            responses: {
                /** @description Made. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreatedShareLink"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Not found, or not visible to the caller. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every interview as CSV, one line each */
        get: {
            parameters: {
                query?: {
                    assessmentId?: string;
                    sessionIds?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 4180 CSV; fields that Excel would run as formulas are prefixed with an apostrophe. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Interviews in progress: current task and time left
         * @description Poll it; the dashboard does every 5 seconds.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description In progress now. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LiveList"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/live/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Interviews in progress, as server-sent events
         * @description An `event: live` with the same body as `/api/v1/interviews/live` at once and every 3 seconds; the stream ends after 5 minutes and EventSource reconnects by itself.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The event stream. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": string;
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interviews/stage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move interviews to a stage of the pipeline (one, or many at once)
         * @description All or none. Each move is in the audit log and sent to the webhook as `interview.stage_changed`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SetStageRequest"];
                };
            };
            responses: {
                /** @description Moved. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SetStageResponse"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Not found, or not visible to the caller. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organisation's invites, with their status, searched and a page at a time
         * @description Newest first; pages by `cursor` (the previous page’s `nextCursor`), stable while invites are added.
         */
        get: {
            parameters: {
                query?: {
                    assessmentId?: string;
                    cursor?: string;
                    limit?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvitePage"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Invite a candidate to an assessment
         * @description Returns a single-use code the candidate enters in the Excel add-in.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateInviteRequest"];
                };
            };
            responses: {
                /** @description Created. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Invite"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Not found, or not visible to the caller. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Conflicts with the current state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invites/{id}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete a candidate's data, by their invite
         * @description Deletes one candidate's data on their request: the invite, the interview, hand-ins, scores, reviews, follow-ups, events, overrides, webhook deliveries and e-mails. The audit log records who deleted it and when, never who the candidate was. Refused (409) while the interview is in progress.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Erased"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Not found, or not visible to the caller. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Conflicts with the current state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invites/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an unused invite */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Revoked. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Invite"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Not found, or not visible to the caller. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Conflicts with the current state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invites/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send invitations again, or withdraw invites, many at once
         * @description Applies to the invites still open; the others are listed in `skipped` with why. Each is in the audit log.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["InviteActionRequest"];
                };
            };
            responses: {
                /** @description Done. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InviteActionResponse"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Not found, or not visible to the caller. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invites/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite many candidates at once
         * @description All or none: one invite per candidate, each with its own single-use code.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BulkInviteRequest"];
                };
            };
            responses: {
                /** @description Created, in the order given. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InviteList"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Not found, or not visible to the caller. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Conflicts with the current state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invites/redeem": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an interview with an invite code
         * @description Public: the code is the credential. Answers with a session token and the first task.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RedeemInviteRequest"];
                };
            };
            responses: {
                /** @description The interview has started. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RedeemInviteResponse"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Not found, or not visible to the caller. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Conflicts with the current state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No longer valid. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Too many requests; `Retry-After` says when to try again. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/join/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What an invite is, for the candidate's page
         * @description Public: the code is the credential. A used, withdrawn or expired code says which; an unknown one says so.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The invite, or why its code does not work. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JoinInfo"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organisation's sent mail, with every try
         * @description Invitations, reminders and password links, newest first, each with its state and delivery log. Without a mail transport (the embedded default) messages are kept here: an admin can read them and pass them on by hand.
         */
        get: {
            parameters: {
                query?: {
                    inviteId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Newest first, the last 200. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MailList"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The hand-ins the grader is least sure of
         * @description Near the pass mark, decided by a gate, with checks that could not run, with a formula unlike any other hand-in of the task, where the model's view of the approach and the checks disagree, or that the grader flagged (text addressed to it, another candidate's workbook); not yet labelled or overridden; most uncertain first.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The queue. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReviewQueue"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review-queue/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm or correct the grader's score of a hand-in
         * @description Stored as a labelled case for the grading corpus (`npm run export-corpus`). A correction is also an override, with the note as its reason. Once per hand-in: a second decision is refused with 409.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReviewDecision"];
                };
            };
            responses: {
                /** @description The decision as stored. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReviewDecisionResult"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Not found, or not visible to the caller. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Conflicts with the current state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the candidate is: the session and the current task
         * @description What the add-in asks when it reopens, so a candidate resumes where they were.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The session. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CurrentSession"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record what the candidate did in the workbook
         * @description Batches of edits, formulas entered, pastes and sheets added, as the add-in observed them. Stamped with the server's time (the add-in's `at` is kept as its claim); at most 60 batches a minute and 5,000 events an interview.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ActivityBatch"];
                };
            };
            responses: {
                /** @description Recorded. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ActivityAccepted"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Conflicts with the current state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Too many requests; `Retry-After` says when to try again. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session/follow-ups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The follow-up question, as the candidate is shown it
         * @description With a model configured the question may have been rewritten about the candidate’s own formula since the hand-in was answered; from this call on it is fixed.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The question. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FollowUpQuestion"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Not found, or not visible to the caller. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session/follow-ups/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer the follow-up question about a hand-in
         * @description Once per question; the same answer sent again returns the first record. A vague first answer leads to a second turn (`next`), asking for specifics.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AnswerFollowUpRequest"];
                };
            };
            responses: {
                /** @description Recorded. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnswerFollowUpResponse"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Not found, or not visible to the caller. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Conflicts with the current state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start the clock: the candidate has read what is recorded and pressed Start
         * @description The overall limit and the first task’s limit count from this moment, by the server’s clock. Starting again changes nothing.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The session, started. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CurrentSession"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand in the current task's workbook
         * @description The hand-in is stored before it is scored. By default the answer waits for the score (201; a resend of the same `submissionId` answers 200 and writes nothing). With `Prefer: respond-async` it answers 202 as soon as the hand-in is stored, and `GET /api/v1/session/submissions/{id}` gives the score when it is ready. A 202 can also come without asking, when another request is already scoring this hand-in.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SubmitRequest"];
                };
            };
            responses: {
                /** @description Already received and scored: the stored result. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SubmitResponse"];
                    };
                };
                /** @description Stored and scored. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SubmitResponse"];
                    };
                };
                /** @description Stored; the score follows. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SubmitAccepted"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Conflicts with the current state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No longer valid. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Too many requests; `Retry-After` says when to try again. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The database cannot be reached; retry later. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session/submissions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A hand-in of this interview: its score once scored */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Scored. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SubmitResponse"];
                    };
                };
                /** @description Stored; still being scored. Ask again in a second. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SubmitAccepted"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Not found, or not visible to the caller. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every scored submission of one candidate's interview */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The results, in the order handed in. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SessionResults"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Not found, or not visible to the caller. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Webhook and LLM settings (never a key or secret) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The settings. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Settings"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        /** Set the webhook URL and secret */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateSettingsRequest"];
                };
            };
            responses: {
                /** @description Saved. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Settings"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether this install waits for its first organisation
         * @description While it does, the first-run setup page is open to whoever has the one-time token the server printed in its log (at start on Node; on Workers at the first look, in the Worker’s logs).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Whether setup is needed. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SetupStatus"];
                    };
                };
            };
        };
        put?: never;
        /** Create the first organisation and its admin, and sign in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SetupRequest"];
                };
            };
            responses: {
                /** @description Created; signed in as its admin. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Conflicts with the current state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Too many requests; `Retry-After` says when to try again. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/share-links/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop a share link at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Revoked. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShareLink"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Not found, or not visible to the caller. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shared/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A shared result, read-only, without an account
         * @description Each opening is counted and written to the organisation’s audit log.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The result. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SharedResult"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Not found, or not visible to the caller. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No longer valid. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The pipeline’s stages, in order (admins set them in Settings) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The stages. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StageList"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/submissions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A scored submission, with the evidence behind every point */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The result. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SubmissionResult"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Not found, or not visible to the caller. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/submissions/{id}/override": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Override a task's score, with a reason
         * @description Kept in the audit log with who and why; the interview's overall score follows. The newest override counts.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OverrideRequest"];
                };
            };
            responses: {
                /** @description The result with the override. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SubmissionResult"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Not found, or not visible to the caller. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/submissions/{id}/rescore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Score a hand-in again
         * @description For a hand-in the grader could not score in full (`result.limitation`): the grader runs again on the stored workbook and its new result replaces the old, kept in the audit log. Overrides and reviews still come first.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The result as scored again. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SubmissionResult"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Not found, or not visible to the caller. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/task-drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's task drafts, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The drafts. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaskDraftList"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Derive a task from a starter and a solved workbook (.xlsx, base64)
         * @description The answer is what the solved workbook adds; checks, hidden data and a follow-up are derived, and the self-tests run. Nothing reaches candidates until the draft is published.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateTaskDraftRequest"];
                };
            };
            responses: {
                /** @description Derived. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaskDraft"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/task-drafts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A draft for review: the derived task, its self-tests and its hidden variants as small tables */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The draft. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaskDraft"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Not found, or not visible to the caller. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change points, gates, allowed functions, wording or the follow-up; the self-tests run again */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EditTaskDraftRequest"];
                };
            };
            responses: {
                /** @description Changed. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaskDraft"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Not found, or not visible to the caller. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/task-drafts/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the draft as the newest version of the task (refused while a self-test fails) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Published. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublishedTask"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Not found, or not visible to the caller. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Conflicts with the current state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/task-drafts/{id}/samples": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a sample answer with the band of scores it should get; it is a self-test from now on */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AddSampleRequest"];
                };
            };
            responses: {
                /** @description Added. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaskDraft"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Not found, or not visible to the caller. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/task-drafts/author-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A one-time code that connects the task pane's author mode to your organisation
         * @description Shown once; valid for 15 minutes and for one connection. Only its hash is kept.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Made. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuthorCode"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/task-drafts/pane/captures/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Keep the workbook open in Excel as the starter or the solved workbook */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kind: "starter" | "solved";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CaptureRequest"];
                };
            };
            responses: {
                /** @description Captured. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Captures"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/task-drafts/pane/connect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The task pane's author mode: exchange a one-time code for a token that may capture workbooks */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ConnectAuthorRequest"];
                };
            };
            responses: {
                /** @description Connected. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuthorConnection"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Not found, or not visible to the caller. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Too many requests; `Retry-After` says when to try again. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/task-drafts/pane/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Derive a task draft from the two captured workbooks (reviewed and published in the dashboard) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DraftFromCapturesRequest"];
                };
            };
            responses: {
                /** @description Derived. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaskDraft"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Conflicts with the current state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/task-quality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How each task behaves, and how often recruiters let the grader stand
         * @description Per task: authored and learned difficulty, discrimination, pass rate and time (the last 90 days), agreement between the grader and recruiters (a hand-in agrees when not overridden, or overridden within 10 points), and flags for tasks that misbehave or whose agreement is low or drifting. Agreement by check kind and by week.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The report. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaskQualityReport"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The task library, filtered by skill and difficulty */
        get: {
            parameters: {
                query?: {
                    difficulty?: number;
                    skill?: "lookups" | "conditional-aggregation" | "logic" | "text" | "dates" | "references" | "pivot-tables" | "charts" | "conditional-formatting" | "data-cleaning" | "tables" | "data-validation";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description By skill, then difficulty. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaskList"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A task as the candidate sees it (its public part only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    taskId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The public part. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaskPublic"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Not found, or not visible to the caller. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's people */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Oldest first. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UserList"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Invite a colleague (recruiter or admin)
         * @description E-mails them a single-use link to set their password, valid 7 days. The token is also in the answer, shown this once, for an admin who passes the link on by hand.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["InviteUserRequest"];
                };
            };
            responses: {
                /** @description Invited. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvitedUser"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Conflicts with the current state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove a colleague
         * @description Their sign-ins end at once and they can no longer sign in; the audit log keeps their name. The last admin cannot be removed.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Not found, or not visible to the caller. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Conflicts with the current state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change a colleague's role
         * @description The last admin stays an admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ChangeRoleRequest"];
                };
            };
            responses: {
                /** @description Changed. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Not found, or not visible to the caller. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Conflicts with the current state. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description The body is over the size limit. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The webhook delivery log */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Newest first, the last 200. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookDeliveryList"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/deliveries/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivery again
         * @description Queues a new delivery of the same event (its payload says `replayOf`), with the interview as it is now; the next sweep sends it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Queued. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReplayedDelivery"];
                    };
                };
                /** @description The request is malformed; `details` lists the offending fields. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description No credentials, or credentials that are not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Valid credentials that may not do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Not found, or not visible to the caller. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "interview.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * interview.completed
         * @description The last task was handed in; `interview.overallScore` is the final score.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["WebhookPayload"];
                };
            };
            responses: {
                /** @description Any 2xx marks the delivery done; anything else is retried with backoff. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "interview.expired": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * interview.expired
         * @description The overall time ran out (past the grace) with work handed in.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["WebhookPayload"];
                };
            };
            responses: {
                /** @description Any 2xx marks the delivery done; anything else is retried with backoff. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "interview.score_overridden": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * interview.score_overridden
         * @description A recruiter overrode a task’s score: `submissionId`, `score`, `previousScore`, `reason`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["WebhookPayload"];
                };
            };
            responses: {
                /** @description Any 2xx marks the delivery done; anything else is retried with backoff. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "interview.stage_changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * interview.stage_changed
         * @description The candidate moved in the pipeline: `from` and `to` stage names.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["WebhookPayload"];
                };
            };
            responses: {
                /** @description Any 2xx marks the delivery done; anything else is retried with backoff. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "interview.started": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * interview.started
         * @description The candidate pressed Start; the clock runs.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["WebhookPayload"];
                };
            };
            responses: {
                /** @description Any 2xx marks the delivery done; anything else is retried with backoff. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        AbilityEstimate: {
            handIns: number;
            high: number;
            learned: number;
            level: number;
            low: number;
            words: string;
        } | null;
        AcceptUserInviteRequest: {
            password: string;
            token: string;
        };
        ActivityAccepted: {
            accepted: number;
        };
        ActivityBatch: {
            events: {
                /** Format: date-time */
                at: string;
                cells: number;
                /** @enum {string} */
                kind: "edit" | "formula" | "fill" | "paste" | "bulk-values" | "sheet-added";
                range: string;
                sheet: string;
            }[];
        };
        AddNoteRequest: {
            body: string;
        };
        AddSampleRequest: {
            band: [
                number,
                number
            ];
            name: string;
            workbook: components["schemas"]["UploadedWorkbook"];
        };
        Analytics: {
            distribution: {
                from: number;
                interviews: number;
                to: number;
            }[];
            funnel: {
                completed: number;
                invited: number;
                started: number;
            };
            levels: {
                attempts: number;
                level: number;
                meanScore: number;
            }[];
            skills: {
                attempts: number;
                meanScore: number;
                skill: string;
            }[];
            tasks: {
                attempts: number;
                meanScore: number;
                medianTime: {
                    from: number;
                    to: number | null;
                } | null;
                passRate: number;
                skill: string;
                taskId: string;
                title: string;
            }[];
            tiles: {
                activeNow: number;
                current: {
                    averageScore: number | null;
                    completionRate: number | null;
                    interviews: number;
                };
                previous: {
                    averageScore: number | null;
                    completionRate: number | null;
                    interviews: number;
                } | null;
            };
        };
        AnswerFollowUpRequest: {
            answer: string;
        };
        AnswerFollowUpResponse: {
            /** Format: date-time */
            answeredAt: string;
            /** Format: uuid */
            id: string;
            next: components["schemas"]["FollowUpQuestion"];
        };
        ApiToken: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: date-time */
            revokedAt: string | null;
        };
        ApiTokenList: {
            tokens: components["schemas"]["ApiToken"][];
        };
        Assessment: {
            adaptive: boolean;
            allowFileUpload: boolean;
            /** Format: date-time */
            archivedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            followUpShare: number;
            graceSeconds: number;
            /** Format: uuid */
            id: string;
            inUse: boolean;
            lateCounts: boolean;
            length: number;
            level: number;
            llmShare: number;
            name: string;
            personalData: boolean;
            /** Format: uuid */
            previousId: string | null;
            skills: ("lookups" | "conditional-aggregation" | "logic" | "text" | "dates" | "references" | "pivot-tables" | "charts" | "conditional-formatting" | "data-cleaning" | "tables" | "data-validation")[];
            taskIds: string[];
            timeLimitSeconds: number;
            version: number;
        };
        AssessmentList: {
            assessments: components["schemas"]["Assessment"][];
        };
        AuthorCode: {
            code: string;
            /** Format: date-time */
            expiresAt: string;
        };
        AuthorConnection: {
            /** Format: date-time */
            expiresAt: string;
            organisation: string;
            token: string;
        };
        AuthoringBrief: {
            id?: string;
            instructions: string;
            level?: 1 | 2 | 3;
            /** @enum {string} */
            skill?: "lookups" | "conditional-aggregation" | "logic" | "text" | "dates" | "references" | "pivot-tables" | "charts" | "conditional-formatting" | "data-cleaning" | "tables" | "data-validation";
            timeLimitSeconds?: number;
            title?: string;
        };
        BulkInviteRequest: {
            allowDuplicates?: boolean;
            /** Format: uuid */
            assessmentId: string;
            candidates: {
                /** Format: email */
                email: string;
                name: string;
            }[];
            expiresInHours?: number;
            sendEmail?: boolean;
        };
        CaptureRequest: {
            snapshot: components["schemas"]["WorkbookSnapshot"];
        };
        Captures: {
            /** Format: date-time */
            solved: string | null;
            /** Format: date-time */
            starter: string | null;
        };
        ChangePasswordRequest: {
            currentPassword: string;
            newPassword: string;
        };
        ChangeRoleRequest: {
            /** @enum {string} */
            role: "admin" | "recruiter";
        };
        CheckResult: {
            description: string;
            evaluated: boolean;
            evidence: components["schemas"]["Evidence"][];
            evidenceOmitted: number;
            id: string;
            kind: string;
            maxPoints: number;
            passed: boolean;
            points: number;
            weight: number;
        };
        ConnectAuthorRequest: {
            code: string;
        };
        CreateApiTokenRequest: {
            name: string;
        };
        CreateAssessmentRequest: {
            /** @default false */
            adaptive: boolean;
            /** @default false */
            allowFileUpload: boolean;
            /** @default 0.1 */
            followUpShare: number;
            /** @default 30 */
            graceSeconds: number;
            /** @default false */
            lateCounts: boolean;
            length?: number;
            /** @default 1 */
            level: number;
            /** @default 0.2 */
            llmShare: number;
            name: string;
            /** @default true */
            personalData: boolean;
            taskIds: string[];
            /** @default 5400 */
            timeLimitSeconds: number;
        };
        CreatedApiToken: {
            apiToken: components["schemas"]["ApiToken"];
            token: string;
        };
        CreatedShareLink: {
            link: components["schemas"]["ShareLink"];
            /** Format: uri */
            url: string;
        };
        CreateInviteRequest: {
            allowDuplicates?: boolean;
            /** Format: uuid */
            assessmentId: string;
            /** Format: email */
            candidateEmail: string;
            candidateName: string;
            expiresInHours?: number;
            sendEmail?: boolean;
        };
        CreateShareLinkRequest: {
            /** @default 14 */
            expiresInDays: number;
        };
        CreateTaskDraftRequest: {
            brief: components["schemas"]["AuthoringBrief"];
            solved: components["schemas"]["UploadedWorkbook"];
            starter: components["schemas"]["UploadedWorkbook"];
        };
        CurrentSession: {
            followUp: components["schemas"]["FollowUpQuestion"];
            session: components["schemas"]["SessionView"];
            task: components["schemas"]["TaskPublic"];
        };
        DraftFromCapturesRequest: {
            brief: components["schemas"]["AuthoringBrief"];
        };
        EditTaskDraftRequest: {
            allowedFunctions?: string[];
            allowElsewhere?: boolean;
            followUp?: {
                question: string;
                rubric: {
                    keywords: string[];
                    point: string;
                }[];
            };
            gates?: {
                [key: string]: number | null;
            };
            instructions?: string;
            level?: 1 | 2 | 3;
            timeLimitSeconds?: number;
            title?: string;
            weights?: {
                [key: string]: number;
            };
        };
        Erased: {
            /** @enum {boolean} */
            erased: true;
            inviteId: string;
        };
        ErrorBody: {
            error: {
                /** @enum {string} */
                code: "bad_request" | "unauthorized" | "forbidden" | "not_found" | "conflict" | "gone" | "payload_too_large" | "rate_limited" | "internal" | "unavailable";
                details?: {
                    message: string;
                    path: string;
                }[];
                message: string;
                requestId?: string;
            };
        };
        Evidence: {
            cell: string;
            expected?: number | string | boolean | null;
            formula: string | null;
            got?: number | string | boolean | null;
            note: string;
            sheet: string;
        };
        FollowUpQuestion: {
            /** Format: uuid */
            id: string;
            question: string;
            turn: number;
        } | null;
        ForgotPasswordRequest: {
            email: string;
        };
        GateResult: {
            applied: boolean;
            cap: number;
            check: string;
            reason: string;
        };
        HealthResponse: {
            /** @enum {string} */
            db: "ok" | "down";
            /** @enum {string} */
            pool: "ok" | "stuck" | "unknown";
            /** @enum {string} */
            status: "ok" | "degraded";
            version: string;
        };
        InterviewList: {
            interviews: components["schemas"]["InterviewListItem"][];
            nextCursor: string | null;
        };
        InterviewListItem: {
            /** Format: uuid */
            assessmentId: string;
            assessmentName: string;
            candidateEmail: string;
            candidateName: string;
            /** Format: date-time */
            completedAt: string | null;
            overallScore: number | null;
            /** Format: uuid */
            sessionId: string;
            stage: string;
            /** Format: date-time */
            startedAt: string | null;
            /** @enum {string} */
            state: "invited" | "in_progress" | "completed" | "expired" | "abandoned";
            tasksDone: number;
        };
        Invite: {
            /** Format: uuid */
            assessmentId: string;
            candidateEmail: string;
            candidateName: string;
            code: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string;
            /** Format: uuid */
            id: string;
            joinUrl: string;
            mail: {
                /** Format: date-time */
                at: string;
                detail: string | null;
                /** @enum {string} */
                kind: "invitation" | "reminder";
                /** @enum {string} */
                state: "queued" | "sending" | "retrying" | "sent" | "bounced" | "kept";
            } | null;
            /** Format: date-time */
            redeemedAt: string | null;
            /** Format: date-time */
            revokedAt: string | null;
            /** @enum {string} */
            status: "open" | "redeemed" | "expired" | "revoked";
        };
        InviteActionRequest: {
            /** @enum {string} */
            action: "resend" | "revoke";
            inviteIds: string[];
        };
        InviteActionResponse: {
            done: number;
            mailQueued: number;
            skipped: {
                /** Format: uuid */
                inviteId: string;
                reason: string;
            }[];
        };
        InvitedUser: {
            /** Format: date-time */
            expiresAt: string;
            setPasswordToken: string;
            user: components["schemas"]["User"];
        };
        InviteList: {
            invites: components["schemas"]["Invite"][];
        };
        InvitePage: {
            invites: components["schemas"]["Invite"][];
            nextCursor: string | null;
        };
        InviteUserRequest: {
            /** Format: email */
            email: string;
            name: string;
            /**
             * @default recruiter
             * @enum {string}
             */
            role: "admin" | "recruiter";
        };
        JoinInfo: {
            assessment: string;
            candidateName: string;
            code: string;
            /** Format: date-time */
            expiresAt: string;
            fileUpload: boolean;
            message: string | null;
            minutes: number;
            organisation: string;
            /** @enum {string} */
            state: "open";
            taskCount: number;
            timeZone: string;
        } | {
            /** Format: date-time */
            at: string | null;
            organisation: string;
            /** @enum {string} */
            state: "redeemed" | "revoked" | "expired";
            timeZone: string;
        } | {
            /** @enum {string} */
            state: "unknown";
        };
        LiveInterview: {
            assessmentName: string;
            candidateName: string;
            currentTaskTitle: string | null;
            /** Format: date-time */
            lastActivityAt: string | null;
            secondsLeft: number | null;
            /** Format: uuid */
            sessionId: string;
            taskCount: number;
            taskNumber: number;
            taskSecondsLeft: number | null;
        };
        LiveList: {
            interviews: components["schemas"]["LiveInterview"][];
            /** Format: date-time */
            serverTime: string;
        };
        MailList: {
            messages: components["schemas"]["MailMessage"][];
        };
        MailMessage: {
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            inviteId: string | null;
            /** @enum {string} */
            kind: "invitation" | "reminder" | "set_password" | "reset_password";
            log: {
                /** Format: date-time */
                at: string;
                detail: string | null;
                /** @enum {string} */
                outcome: "sent" | "retrying" | "bounced" | "kept";
            }[];
            /** Format: date-time */
            sentAt: string | null;
            /** @enum {string} */
            state: "queued" | "sending" | "retrying" | "sent" | "bounced" | "kept";
            subject: string;
            text: string;
            to: string;
        };
        Me: {
            csrfToken: string;
            organisation: {
                /** Format: uuid */
                id: string;
                name: string;
                timeZone: string;
            };
            user: components["schemas"]["User"];
        };
        Note: {
            body: string;
            /** Format: date-time */
            createdAt: string;
            id: number;
            userName: string | null;
        };
        NoteList: {
            notes: components["schemas"]["Note"][];
        };
        OverrideRequest: {
            reason: string;
            score: number;
        };
        PublishedTask: {
            supersedes: string | null;
            taskId: string;
            version: number;
        };
        Readiness: {
            expected: number;
            ready: boolean;
            schemaVersion: number | null;
        };
        RedeemInviteRequest: {
            code: string;
        };
        RedeemInviteResponse: {
            session: components["schemas"]["SessionView"];
            sessionToken: string;
            task: components["schemas"]["TaskPublic"];
        };
        ReplayedDelivery: {
            /** Format: uuid */
            id: string;
        };
        ReviewDecision: {
            note?: string;
            /** @enum {string} */
            verdict: "confirm";
        } | {
            note: string;
            score: number;
            /** @enum {string} */
            verdict: "correct";
        };
        ReviewDecisionResult: {
            graderScore: number;
            labelScore: number;
            /** Format: uuid */
            submissionId: string;
            /** @enum {string} */
            verdict: "confirmed" | "corrected";
        };
        ReviewQueue: {
            decided: number;
            items: components["schemas"]["ReviewQueueItem"][];
        };
        ReviewQueueItem: {
            candidateName: string;
            checks: {
                description: string;
                evaluated: boolean;
                passed: boolean;
            }[];
            formulas: {
                cell: string;
                formula: string;
            }[];
            graderScore: number;
            reasons: {
                kind: string;
                message: string;
            }[];
            /** Format: date-time */
            receivedAt: string;
            /** Format: uuid */
            sessionId: string;
            /** Format: uuid */
            submissionId: string;
            taskId: string;
            taskTitle: string;
        };
        ReviewResult: {
            finalScore: number;
            integrityFlags: {
                cell: string;
                excerpt: string;
                /** @enum {string} */
                kind: "instructions-in-workbook" | "workbook-of-another-interview" | "data-not-issued";
                sheet: string;
            }[];
            model: string | null;
            /** @enum {string|null} */
            outputMode: "json_schema" | "json_object" | null;
            promptVersion: string | null;
            reason: string | null;
            review: {
                approachScore: number;
                citedCells: string[];
                feedback: string;
                improvements: string[];
                strengths: string[];
            } | null;
            /** @enum {string} */
            status: "reviewed" | "skipped" | "discarded";
        } | null;
        ScoreOverride: {
            /** Format: date-time */
            at: string;
            previousScore: number;
            reason: string;
            score: number;
            userName: string | null;
        };
        ScoreResult: {
            answerLocation: {
                note: string;
                range: string;
                sheet: string;
            } | null;
            checks: components["schemas"]["CheckResult"][];
            gates?: components["schemas"]["GateResult"][];
            integrityFlags?: {
                cell: string;
                excerpt: string;
                /** @enum {string} */
                kind: "instructions-in-workbook" | "workbook-of-another-interview" | "data-not-issued";
                sheet: string;
            }[];
            limitation?: components["schemas"]["ScoringLimitation"];
            maxPoints: number;
            points: number;
            score: number;
            scorerVersion: string;
            taskId: string;
        };
        ScoringLimitation: {
            message: string;
            /** @enum {string} */
            reason: "beyond_grid" | "too_deeply_nested" | "over_cost_estimate" | "over_time_budget" | "over_memory_budget" | "grader_error";
        };
        SelfTest: {
            detail: string;
            name: string;
            passed: boolean;
        };
        SessionResults: {
            ability: components["schemas"]["AbilityEstimate"];
            /** Format: uuid */
            assessmentId: string;
            assessmentName: string;
            candidateEmail: string;
            candidateName: string;
            /** Format: date-time */
            completedAt: string | null;
            /** Format: uuid */
            sessionId: string;
            stage: string;
            /** Format: date-time */
            startedAt: string | null;
            state: string;
            submissions: components["schemas"]["SubmissionResult"][];
            summary: {
                feedback: string[];
                final: boolean;
                followUpScore: number | null;
                /** @enum {string} */
                llmReview: "used" | "partly" | "skipped";
                notAttempted: number;
                overallScore: number;
                perSkill: {
                    score: number;
                    skill: string;
                    tasks: number;
                }[];
                taskCount: number;
            };
            timeline: {
                /** Format: date-time */
                at: string;
                details: {
                    [key: string]: unknown;
                };
                type: string;
            }[];
        };
        SessionView: {
            candidateName: string;
            closingMessage: string;
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: uuid */
            id: string;
            organisationName: string;
            scoresShown: boolean;
            /** Format: date-time */
            serverTime: string;
            /** Format: date-time */
            startedAt: string | null;
            /** @enum {string} */
            state: "invited" | "in_progress" | "completed" | "expired" | "abandoned";
            taskCount: number;
            taskNumber: number;
            /** Format: date-time */
            taskStartedAt: string | null;
            timeLimitSeconds: number;
        };
        SetStageRequest: {
            sessionIds: string[];
            stage: string;
        };
        SetStageResponse: {
            changed: number;
            unchanged: number;
        };
        Settings: {
            candidateMessage: string | null;
            candidatesSeeScores: boolean;
            closingMessage: string | null;
            llm: {
                configured: boolean;
                endpoint: string | null;
                model: string | null;
            };
            mail: {
                from: string | null;
                /** @enum {string} */
                transport: "smtp" | "http" | "outbox";
            };
            name: string;
            reminderHours: number;
            retentionDays: number | null;
            stages: string[];
            timeZone: string;
            webhookSecretSet: boolean;
            webhookUrl: string | null;
        };
        SetupRequest: {
            /** Format: email */
            adminEmail: string;
            adminName: string;
            organisationName: string;
            password: string;
            timeZone: string;
            token: string;
        };
        SetupStatus: {
            needed: boolean;
        };
        SharedResult: {
            /** Format: date-time */
            expiresAt: string;
            organisation: {
                name: string;
                timeZone: string;
            };
            results: components["schemas"]["SessionResults"];
        };
        ShareLink: {
            /** Format: date-time */
            createdAt: string;
            createdBy: string | null;
            /** Format: date-time */
            expiresAt: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastOpenedAt: string | null;
            opens: number;
            /** Format: date-time */
            revokedAt: string | null;
        };
        ShareLinkList: {
            links: components["schemas"]["ShareLink"][];
        };
        SignInRequest: {
            email: string;
            password: string;
        };
        SnapshotCell: {
            address: string;
            error?: string;
            formula?: string;
            formulaR1C1?: string;
            numberFormat?: string;
            value: number | string | boolean | null;
        };
        SnapshotSheet: {
            cells: components["schemas"]["SnapshotCell"][];
            charts: {
                name: string;
                series: {
                    categories: string | null;
                    name: string | null;
                    values: string | null;
                }[];
                title: string | null;
                type: string;
            }[];
            conditionalFormats: {
                range: string;
                rule: {
                    [key: string]: string | number | boolean | null;
                };
                type: string;
            }[];
            dataValidations: {
                range: string;
                rule: {
                    [key: string]: string | number | boolean | null;
                };
                type: string;
            }[];
            name: string;
            pivotTables: {
                columns: string[];
                filters: string[];
                location: string | null;
                name: string;
                rows: string[];
                source: string | null;
                values: {
                    field: string;
                    name: string;
                    /** @enum {string} */
                    summarizeBy: "Sum" | "Count" | "Average" | "Max" | "Min" | "Product" | "CountNumbers" | "StandardDeviation" | "StandardDeviationP" | "Variance" | "VarianceP" | "Automatic" | "Unknown";
                }[];
            }[];
            tables: {
                headers: string[];
                name: string;
                range: string;
                showTotals: boolean;
                style: string | null;
            }[];
            usedRange: string | null;
            visible: boolean;
        };
        StageList: {
            stages: string[];
        };
        SubmissionResult: {
            candidateName: string;
            counts: boolean;
            finalScore: number;
            followUp: {
                score: number | null;
                turns: {
                    answer: string | null;
                    /** Format: date-time */
                    answeredAt: string | null;
                    /** @enum {string} */
                    askedBy: "bank" | "llm";
                    grading: {
                        /** @enum {string} */
                        method: "rubric-keywords" | "llm";
                        model?: string;
                        /** @enum {string} */
                        outputMode?: "json_schema" | "json_object";
                        points: {
                            matched: string | null;
                            met: boolean;
                            point: string;
                        }[];
                        reason?: string;
                    } | null;
                    question: string;
                    score: number | null;
                }[];
            } | null;
            followUpShare: number;
            formulas: {
                cell: string;
                formula: string;
                sheet: string;
            }[];
            late: boolean;
            overrides: components["schemas"]["ScoreOverride"][];
            pastedIntoAnswer: {
                /** Format: date-time */
                at: string;
                cells: number;
                range: string;
            }[];
            /** Format: date-time */
            receivedAt: string;
            result: components["schemas"]["ScoreResult"];
            review: components["schemas"]["ReviewResult"];
            secondsSpent: number | null;
            /** Format: uuid */
            sessionId: string;
            skill: string;
            /** @enum {string} */
            source: "addin" | "upload";
            /** Format: uuid */
            submissionId: string;
            taskId: string;
            taskTitle: string;
        };
        SubmitAccepted: {
            /** Format: date-time */
            receivedAt: string;
            /** @enum {string} */
            status: "scoring";
            /** Format: uuid */
            submissionId: string;
            taskId: string;
        };
        SubmitRequest: {
            snapshot: components["schemas"]["WorkbookSnapshot"];
            /** Format: uuid */
            submissionId: string;
            taskId: string;
        };
        SubmitResponse: {
            followUp: components["schemas"]["FollowUpQuestion"];
            late: boolean;
            maxPoints: number | null;
            nextTask: components["schemas"]["TaskPublic"];
            points: number | null;
            /** Format: date-time */
            receivedAt: string;
            score: number | null;
            session: components["schemas"]["SessionView"];
            /** Format: uuid */
            submissionId: string;
            taskId: string;
        };
        TaskDraft: {
            /** Format: uuid */
            id: string;
            notes: string[];
            publishable: boolean;
            publishedTaskId: string | null;
            samples: {
                band: [
                    number,
                    number
                ];
                name: string;
            }[];
            selfTests: components["schemas"]["SelfTest"][];
            task: {
                answer: {
                    /** @default false */
                    allowElsewhere: boolean;
                    description: string;
                    /** @enum {string} */
                    kind: "range";
                    range: string;
                    sheet: string;
                } | {
                    description: string;
                    /** @enum {string} */
                    kind: "object";
                    /** @enum {string} */
                    object: "pivot-table" | "chart" | "table" | "conditional-format" | "data-validation" | "sorted-data" | "deduplicated-data";
                    sheet: string | null;
                };
                difficulty: 1 | 2 | 3;
                formulasAsked?: boolean;
                id: string;
                instructions: string;
                private: {
                    checks: ({
                        description: string;
                        expected?: (number | string | boolean | null)[][];
                        id: string;
                        /** @enum {string} */
                        kind: "values";
                        range: string;
                        sheet: string;
                        /** @default 1e-9 */
                        tolerance: number;
                        weight: number;
                    } | {
                        description: string;
                        id: string;
                        /** @enum {string} */
                        kind: "formulas";
                        range: string;
                        sheet: string;
                        weight: number;
                    } | {
                        /** @default [] */
                        anyOf: string[];
                        description: string;
                        /** @default [] */
                        forbidden: string[];
                        id: string;
                        /** @enum {string} */
                        kind: "functions";
                        range: string;
                        sheet: string;
                        weight: number;
                    } | {
                        description: string;
                        id: string;
                        /** @enum {string} */
                        kind: "no-hard-coding";
                        range: string;
                        sheet: string;
                        weight: number;
                    } | {
                        description: string;
                        id: string;
                        /** @enum {string} */
                        kind: "fill-down";
                        range: string;
                        sheet: string;
                        weight: number;
                    } | {
                        description: string;
                        id: string;
                        /** @enum {string} */
                        kind: "hidden-data";
                        weight: number;
                    } | {
                        columns: string[];
                        description: string;
                        filters: string[];
                        id: string;
                        /** @enum {string} */
                        kind: "pivot-table";
                        rows: string[];
                        sheet: string | null;
                        source: string | null;
                        values: {
                            field: string;
                            summarizeBy: string;
                        }[];
                        weight: number;
                    } | {
                        description: string;
                        id: string;
                        /** @enum {string} */
                        kind: "chart";
                        series: {
                            categories: string | null;
                            values: string;
                        }[];
                        sheet: string | null;
                        titleRequired: boolean;
                        types: string[];
                        weight: number;
                    } | {
                        description: string;
                        id: string;
                        /** @enum {string} */
                        kind: "conditional-format";
                        range: string;
                        rule: {
                            [key: string]: string | number | boolean;
                        };
                        sheet: string;
                        types: string[];
                        weight: number;
                    } | {
                        description: string;
                        headers: string[];
                        id: string;
                        /** @enum {string} */
                        kind: "table";
                        name?: string;
                        range: string;
                        sheet: string;
                        weight: number;
                    } | {
                        description: string;
                        id: string;
                        /** @enum {string} */
                        kind: "data-validation";
                        range: string;
                        rule: {
                            [key: string]: string | number | boolean;
                        };
                        sheet: string;
                        type: string;
                        weight: number;
                    } | {
                        description: string;
                        formats: string[];
                        id: string;
                        /** @enum {string} */
                        kind: "number-format";
                        range: string;
                        sheet: string;
                        weight: number;
                    } | {
                        description: string;
                        id: string;
                        keys: {
                            column: string;
                            /** @enum {string} */
                            order: "asc" | "desc";
                        }[];
                        /** @enum {string} */
                        kind: "sort-order";
                        range: string;
                        sheet: string;
                        weight: number;
                    } | {
                        description: string;
                        id: string;
                        keyColumns: string[];
                        /** @enum {string} */
                        kind: "no-duplicates";
                        range: string;
                        sheet: string;
                        weight: number;
                    })[];
                    followUps: {
                        id: string;
                        question: string;
                        rubric: {
                            keywords: string[];
                            point: string;
                        }[];
                    }[];
                    /** @default [] */
                    gates: {
                        cap: number;
                        check: string;
                        reason: string;
                    }[];
                    hiddenData: {
                        blocks: {
                            /** @default false */
                            blanks: boolean;
                            columns: {
                                [key: string]: {
                                    /** @enum {string} */
                                    kind: "keep";
                                } | {
                                    /** @enum {string} */
                                    kind: "key";
                                    prefix: string;
                                } | {
                                    decimals: number;
                                    /** @default [] */
                                    edges: (number | string)[];
                                    /** @enum {string} */
                                    kind: "number";
                                    max: number;
                                    min: number;
                                    tiesWith?: string;
                                } | {
                                    from: number;
                                    /** @enum {string} */
                                    kind: "date";
                                    to: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "category";
                                    values: string[];
                                } | {
                                    from: string;
                                    /** @enum {string} */
                                    kind: "pick";
                                    /** @default 0 */
                                    missingRate: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "text";
                                    /** @default false */
                                    messy: boolean;
                                    values: string[];
                                };
                            };
                            /** @default true */
                            duplicates: boolean;
                            range: string;
                            sheet: string;
                            /** @default false */
                            textNumbers: boolean;
                        }[];
                        seed: number;
                        variants: number;
                    } | null;
                    solution: {
                        formulas: {
                            cell: string;
                            formula: string;
                            sheet: string;
                        }[];
                        notes?: string;
                    };
                };
                /** @enum {string} */
                skill: "lookups" | "conditional-aggregation" | "logic" | "text" | "dates" | "references" | "pivot-tables" | "charts" | "conditional-formatting" | "data-cleaning" | "tables" | "data-validation";
                starter: {
                    sheets: {
                        columnFormats?: {
                            [key: string]: string;
                        };
                        name: string;
                        rows: (number | string | boolean | null)[][];
                    }[];
                };
                timeLimitSeconds: number;
                title: string;
            };
            /** Format: date-time */
            updatedAt: string;
            variants: {
                blocks: {
                    range: string;
                    rows: (number | string | boolean | null)[][];
                    sheet: string;
                }[];
                changes: string[];
                index: number;
            }[];
        };
        TaskDraftList: {
            drafts: {
                /** Format: uuid */
                id: string;
                publishable: boolean;
                publishedTaskId: string | null;
                skill: string;
                title: string;
                /** Format: date-time */
                updatedAt: string;
            }[];
        };
        TaskList: {
            tasks: components["schemas"]["TaskSummary"][];
        };
        TaskPublic: {
            answer: {
                /** @default false */
                allowElsewhere: boolean;
                description: string;
                /** @enum {string} */
                kind: "range";
                range: string;
                sheet: string;
            } | {
                description: string;
                /** @enum {string} */
                kind: "object";
                /** @enum {string} */
                object: "pivot-table" | "chart" | "table" | "conditional-format" | "data-validation" | "sorted-data" | "deduplicated-data";
                sheet: string | null;
            };
            difficulty: 1 | 2 | 3;
            formulasAsked?: boolean;
            id: string;
            instructions: string;
            /** @enum {string} */
            skill: "lookups" | "conditional-aggregation" | "logic" | "text" | "dates" | "references" | "pivot-tables" | "charts" | "conditional-formatting" | "data-cleaning" | "tables" | "data-validation";
            starter: {
                sheets: {
                    columnFormats?: {
                        [key: string]: string;
                    };
                    name: string;
                    rows: (number | string | boolean | null)[][];
                }[];
            };
            timeLimitSeconds: number;
            title: string;
        } | null;
        TaskQuality: {
            agreement: {
                agreed: number;
                before: {
                    agreed: number;
                    handIns: number;
                };
                handIns: number;
                ratio: number | null;
                recent: {
                    agreed: number;
                    handIns: number;
                };
            };
            attempts: number;
            authoredLevel: number;
            discrimination: number | null;
            flags: {
                kind: string;
                message: string;
            }[];
            learned: {
                difficulty: number;
                handIns: number;
                inUse: boolean;
                level: number;
                standardError: number;
            } | null;
            medianTime: {
                from: number;
                to: number | null;
            } | null;
            passRate: number | null;
            skill: string;
            taskId: string;
            timeLimitSeconds: number;
            title: string;
        };
        TaskQualityReport: {
            agreementThreshold: number;
            byCheckKind: {
                agreed: number;
                handIns: number;
                kind: string;
            }[];
            byWeek: {
                agreed: number;
                handIns: number;
                week: string;
            }[];
            calibration: {
                /** Format: date-time */
                fittedAt: string;
                handIns: number;
                minHandIns: number;
            } | null;
            tasks: components["schemas"]["TaskQuality"][];
        };
        TaskSummary: {
            difficulty: number;
            id: string;
            own: boolean;
            /** @enum {string} */
            skill: "lookups" | "conditional-aggregation" | "logic" | "text" | "dates" | "references" | "pivot-tables" | "charts" | "conditional-formatting" | "data-cleaning" | "tables" | "data-validation";
            timeLimitSeconds: number;
            title: string;
            version: number;
        };
        UpdatedAssessment: {
            assessment: components["schemas"]["Assessment"];
            versioned: boolean;
        };
        UpdateSettingsRequest: {
            candidateMessage?: string | null;
            candidatesSeeScores?: boolean;
            closingMessage?: string | null;
            name?: string;
            reminderHours?: number;
            retentionDays?: number | null;
            stages?: string[];
            timeZone?: string;
            webhookSecret?: string;
            /** Format: uri */
            webhookUrl?: string | null;
        };
        UploadedWorkbook: {
            contentBase64: string;
            fileName: string;
        };
        User: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            email: string;
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            role: "admin" | "recruiter";
        };
        UserList: {
            users: components["schemas"]["User"][];
        };
        WebhookDelivery: {
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deliveredAt: string | null;
            event: string;
            /** Format: uuid */
            id: string;
            lastError: string | null;
            lastStatus: number | null;
            /** Format: date-time */
            nextAttemptAt: string | null;
            /** Format: uuid */
            sessionId: string | null;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
            url: string;
        };
        WebhookDeliveryList: {
            deliveries: components["schemas"]["WebhookDelivery"][];
        };
        WebhookPayload: {
            /** @enum {string} */
            event: "interview.started" | "interview.completed" | "interview.expired" | "interview.score_overridden" | "interview.stage_changed";
            /** Format: uuid */
            id: string;
            interview: {
                /** Format: uuid */
                assessmentId: string;
                candidateEmail: string;
                candidateName: string;
                /** Format: date-time */
                completedAt: string | null;
                overallScore: number | null;
                stage: string;
                state: string;
            } | null;
            /** Format: date-time */
            occurredAt: string;
            /** Format: uuid */
            sessionId: string;
        } & {
            [key: string]: unknown;
        };
        WorkbookSnapshot: {
            activeSheet: string | null;
            /** Format: date-time */
            capturedAt: string;
            host: {
                platform: string;
                requirementSets: string[];
                version: string;
            };
            names: {
                formula: string;
                name: string;
            }[];
            sheets: components["schemas"]["SnapshotSheet"][];
            stamps?: {
                interviewId: string;
                sheet?: string;
                taskId: string;
            }[];
            unsupported: {
                feature: string;
                reason: string;
            }[];
            /** @enum {number} */
            version: 1;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
