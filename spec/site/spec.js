window.RSTAPI_SPEC = {
 "openapi": "3.1.0",
 "info": {
  "title": "EdX Enterprise API Reference",
  "version": "1.0.0",
  "description": "This API reference includes detailed information about the endpoints of the edX Enterprise API, including the request, response data, and examples. You can use any technology to send REST API requests as HTTP messages to the edX API. The example API requests shown in this reference use the `curl` command-line program to show the syntax and data for a request in a way that is easy to read.",
  "license": {
   "name": "CC BY-SA 4.0",
   "url": "https://creativecommons.org/licenses/by-sa/4.0/"
  },
  "contact": {
   "name": "edX Enterprise API"
  }
 },
 "tags": [
  {
   "name": "policy-allocation",
   "description": "Allocate content assignments under a subsidy access policy to a list of learners."
  },
  {
   "name": "assignment-configurations",
   "description": "Remind learners of their content assignments, or cancel them."
  },
  {
   "name": "subscriptions",
   "description": "List subscription plans; assign licenses of a plan to learners and revoke them."
  },
  {
   "name": "bulk-license-enrollment",
   "description": "Enroll licensed learners in a list of courses in one call."
  },
  {
   "name": "enterprise-catalogs",
   "description": "The course catalogs available to your organization, and their courses, course runs and programs."
  },
  {
   "name": "enterprise-customer",
   "description": "The learner summary of an enterprise customer, sorted by any of its fields."
  },
  {
   "name": "oauth2",
   "description": "Get the access token every other call sends as `Authorization: JWT <token>`."
  }
 ],
 "paths": {
  "/enterprise/v1/policy-allocation/{policy_uuid}/allocate/": {
   "post": {
    "operationId": "allocate_policy_allocation",
    "tags": [
     "policy-allocation"
    ],
    "summary": "Allocate an assignment to a list of users",
    "description": "POST calls to the `policy-allocation` endpoint to allocate an assignment to a list of users provided in the request body in the requested content_key.",
    "parameters": [
     {
      "name": "policy_uuid",
      "in": "path",
      "required": true,
      "schema": {
       "type": "string"
      },
      "example": "904b1785-9d3a-1000-848d-6ae7a56e6355"
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/AllocatePolicyAllocationRequest"
       },
       "examples": {
        "example_request": {
         "summary": "Example request",
         "value": {
          "learner_emails": [
           "abc@example.com",
           "xyz@example.com"
          ],
          "content_key": "edx+api101",
          "content_price_cents": 1000
         }
        }
       }
      }
     }
    },
    "responses": {
     "202": {
      "description": "Accepted",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/AllocatePolicyAllocationResponse"
        },
        "examples": {
         "example_response": {
          "summary": "Example response",
          "value": {
           "updated": [],
           "created": [
            {
             "uuid": "4fa11bd53f29c131aa72",
             "assignment_configuration": "6fc7ef56e6eb209f7668",
             "learner_email": "abc@example.com",
             "lms_user_id": 123123,
             "content_key": "edx+101",
             "content_title": "edX 101",
             "content_quantity": -10000,
             "state": "allocated",
             "transaction_uuid": null,
             "actions": [],
             "earliest_possible_expiration": {
              "date": "2024-08-20T11:58:34.666249Z",
              "reason": "NINETY_DAYS_PASSED"
             }
            }
           ],
           "no_change": []
          }
         }
        }
       }
      },
      "links": {
       "RemindCreatedAssignments": {
        "operationId": "remind_assignment_configurations_admin_assignments",
        "description": "Remind the learner of the assignment this allocation created.",
        "parameters": {
         "assignment_configuration_uuid": "$response.body#/created/0/assignment_configuration"
        },
        "requestBody": {
         "assignment_uuids": [
          "$response.body#/created/0/uuid"
         ]
        }
       },
       "CancelCreatedAssignments": {
        "operationId": "cancel_assignment_configurations_admin_assignments",
        "description": "Cancel the assignment this allocation created.",
        "parameters": {
         "assignment_configuration_uuid": "$response.body#/created/0/assignment_configuration"
        },
        "requestBody": {
         "assignment_uuids": [
          "$response.body#/created/0/uuid"
         ]
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "405": {
      "$ref": "#/components/responses/MethodNotAllowed"
     },
     "406": {
      "$ref": "#/components/responses/NotAcceptable"
     },
     "413": {
      "$ref": "#/components/responses/PayloadTooLarge"
     },
     "415": {
      "$ref": "#/components/responses/UnsupportedMediaType"
     }
    }
   }
  },
  "/enterprise/v1/assignment-configurations/{assignment_configuration_uuid}/admin/assignments/remind/": {
   "post": {
    "operationId": "remind_assignment_configurations_admin_assignments",
    "tags": [
     "assignment-configurations"
    ],
    "summary": "Remind learners of their content assignments",
    "description": "POST calls to the `assignment-configurations-remind` endpoint reminds learners of their content assignments.",
    "parameters": [
     {
      "name": "assignment_configuration_uuid",
      "in": "path",
      "required": true,
      "schema": {
       "type": "string"
      },
      "example": "6fc7ef56-d1c4-4aa8-a649-e6eb209f0000"
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/RemindAssignmentConfigurationsAdminAssignmentsRequest"
       },
       "examples": {
        "example_request": {
         "summary": "The reference's example body, with its closing brace",
         "value": {
          "assignment_uuids": [
           "8977ef56-d1c4-4aa8-a649-e6eb209f0000",
           "8907ef56-d1c4-4aa8-a649-e6eb209f0000"
          ]
         }
        }
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "OK"
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "405": {
      "$ref": "#/components/responses/MethodNotAllowed"
     },
     "406": {
      "$ref": "#/components/responses/NotAcceptable"
     },
     "413": {
      "$ref": "#/components/responses/PayloadTooLarge"
     },
     "415": {
      "$ref": "#/components/responses/UnsupportedMediaType"
     },
     "422": {
      "$ref": "#/components/responses/UnprocessableEntity"
     }
    }
   }
  },
  "/enterprise/v1/assignment-configurations/{assignment_configuration_uuid}/admin/assignments/cancel/": {
   "post": {
    "operationId": "cancel_assignment_configurations_admin_assignments",
    "tags": [
     "assignment-configurations"
    ],
    "summary": "Cancel content assignments of learners",
    "description": "POST calls to the `/assignment-configurations-cancel` cancels content assignments of learners.",
    "parameters": [
     {
      "name": "assignment_configuration_uuid",
      "in": "path",
      "required": true,
      "schema": {
       "type": "string"
      },
      "example": "6fc7ef56-d1c4-4aa8-a649-e6eb209f0000"
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/CancelAssignmentConfigurationsAdminAssignmentsRequest"
       },
       "examples": {
        "example_request": {
         "summary": "The reference's example body, with its closing brace",
         "value": {
          "assignment_uuids": [
           "8977ef56-d1c4-4aa8-a649-e6eb209f0000",
           "8907ef56-d1c4-4aa8-a649-e6eb209f0000"
          ]
         }
        }
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "OK"
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "405": {
      "$ref": "#/components/responses/MethodNotAllowed"
     },
     "406": {
      "$ref": "#/components/responses/NotAcceptable"
     },
     "413": {
      "$ref": "#/components/responses/PayloadTooLarge"
     },
     "415": {
      "$ref": "#/components/responses/UnsupportedMediaType"
     },
     "422": {
      "$ref": "#/components/responses/UnprocessableEntity"
     }
    }
   }
  },
  "/enterprise/v1/subscriptions": {
   "get": {
    "operationId": "list_subscriptions",
    "tags": [
     "subscriptions"
    ],
    "summary": "Get a list of subscription plans",
    "description": "GET calls to the `subscriptions` endpoint to get a list of subscription plans.",
    "parameters": [
     {
      "name": "enterprise_customer_uuid",
      "in": "query",
      "required": false,
      "description": "The unique identifier for the customer.",
      "schema": {
       "type": "string"
      },
      "example": "904b1785-9d3a-1000-848d-6ae7a56e6355"
     },
     {
      "name": "page",
      "in": "query",
      "required": false,
      "description": "The page number of the results.",
      "schema": {
       "type": "integer"
      },
      "example": 1
     },
     {
      "name": "current",
      "in": "query",
      "required": false,
      "description": "returns the active subscription plan",
      "schema": {
       "type": [
        "boolean",
        "null"
       ]
      },
      "example": true
     }
    ],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ListSubscriptionsResponse"
        },
        "examples": {
         "example_response": {
          "summary": "Example response",
          "value": {
           "count": 1,
           "next": null,
           "previous": null,
           "results": [
            {
             "title": "Enterprise Subscription",
             "uuid": "104b1785-1d3a-1000-148d-1ae7a56e6355",
             "start_date": "2023-01-01T00:00:00Z",
             "expiration_date": "2024-01-01T00:00:00Z",
             "enterprise_customer_uuid": "204b1785-2d3a-2000-248d-2ae7a56e6355",
             "enterprise_catalog_uuid": "304b1785-3d3a-3000-348d-3ae7a56e6355",
             "is_active": true,
             "is_revocation_cap_enabled": true,
             "days_until_expiration": 365,
             "days_until_expiration_including_renewals": 365,
             "is_locked_for_renewal_processing": false,
             "should_auto_apply_licenses": true,
             "licenses": {
              "activated": 0,
              "assigned": 0,
              "unassigned": 100,
              "revoked": 0,
              "total": 100,
              "allocated": 0
             },
             "revocations": {
              "total": 0,
              "used": 0,
              "remaining": 0
             },
             "prior_renewals": [
              {
               "prior_subscription_plan_id": "4b27b24a-48f5-4266-448e-47d5b7deacb2",
               "prior_subscription_plan_start_date": "2021-01-01 00:00:00+00:00",
               "renewed_subscription_plan_id": "59f50cb8-4b22-4e21-9119-e0022955f9cb",
               "renewed_subscription_plan_start_date": "2021-07-01 00:00:00+00:00"
              }
             ]
            }
           ]
          }
         }
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "405": {
      "$ref": "#/components/responses/MethodNotAllowed"
     },
     "406": {
      "$ref": "#/components/responses/NotAcceptable"
     },
     "413": {
      "$ref": "#/components/responses/PayloadTooLarge"
     },
     "415": {
      "$ref": "#/components/responses/UnsupportedMediaType"
     }
    }
   }
  },
  "/enterprise/v1/subscriptions/{subscription_plan_uuid}/licenses/assign": {
   "post": {
    "operationId": "assign_subscriptions_licenses",
    "tags": [
     "subscriptions"
    ],
    "summary": "Assign a license to a list of users",
    "description": "POST calls to the `licenses/assign` endpoint to assign a license to a list of users provided in request body in the given subscription plan specified in the path.",
    "parameters": [
     {
      "name": "subscription_plan_uuid",
      "in": "path",
      "required": true,
      "schema": {
       "type": "string"
      },
      "example": "104b1785-1d3a-1000-148d-1ae7a56e6355",
      "x-rst-literal": {
       "example": "904b1785-9d3a-1000-848d-6ae7a56e6355"
      }
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/AssignSubscriptionsLicensesRequest"
       },
       "examples": {
        "example_request": {
         "summary": "Example request",
         "value": {
          "user_emails": [
           "abc@example.com",
           "xyz@example.com"
          ],
          "user_sfids": [
           "001OE000001f26OXZP",
           "001OE000001a25WXYZ"
          ],
          "greeting": "Hello",
          "closing": "Bye",
          "notify_users": true
         }
        }
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/AssignSubscriptionsLicensesResponse"
        },
        "examples": {
         "example_response": {
          "summary": "Example response",
          "value": {
           "num_successful_assignments": 2,
           "num_already_associated": 0,
           "license_assignments": [
            {
             "user_email": "abc@example.com",
             "license": "30824248-e671-449f-8bf7-02715478abce"
            },
            {
             "user_email": "xyz@example.com",
             "license": "30821223-e671-449f-8bf7-02715478xyze"
            }
           ]
          }
         }
        }
       }
      },
      "links": {
       "RevokeAssignedLicenses": {
        "operationId": "bulk_revoke_subscriptions_licenses",
        "description": "Revoke the licenses this call assigned, by the same emails in the same plan.",
        "parameters": {
         "subscription_plan_uuid": "$request.path.subscription_plan_uuid"
        },
        "requestBody": {
         "user_emails": "$request.body#/user_emails"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "405": {
      "$ref": "#/components/responses/MethodNotAllowed"
     },
     "406": {
      "$ref": "#/components/responses/NotAcceptable"
     },
     "413": {
      "$ref": "#/components/responses/PayloadTooLarge"
     },
     "415": {
      "$ref": "#/components/responses/UnsupportedMediaType"
     },
     "422": {
      "$ref": "#/components/responses/UnprocessableEntity"
     }
    }
   }
  },
  "/enterprise/v1/subscriptions/{subscription_plan_uuid}/licenses/bulk-revoke": {
   "post": {
    "operationId": "bulk_revoke_subscriptions_licenses",
    "tags": [
     "subscriptions"
    ],
    "summary": "Revoke one or more licenses in the given subscription plan",
    "description": "POST calls to the `licenses/bulk-revoke` endpoint to revoke one or more licenses in the given subscription plan.",
    "x-rstapi-refused-when": [
     {
      "state": "revoked",
      "operationId": "bulk_revoke_subscriptions_licenses",
      "status": "404",
      "rule": "No license exists in the plan for one of the given email addresses, or the license is not in an assigned or activated state."
     }
    ],
    "parameters": [
     {
      "name": "subscription_plan_uuid",
      "in": "path",
      "required": true,
      "schema": {
       "type": "string"
      },
      "example": "104b1785-1d3a-1000-148d-1ae7a56e6355",
      "x-rst-literal": {
       "example": "904b1785-9d3a-1000-848d-6ae7a56e6355"
      }
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/BulkRevokeSubscriptionsLicensesRequest"
       },
       "examples": {
        "example_request": {
         "summary": "Example request",
         "value": {
          "user_emails": [
           "abc@example.com",
           "xyz@example.com"
          ]
         }
        },
        "example_request_2": {
         "summary": "Example request (2)",
         "value": {
          "filters": [
           {
            "user_email": "al"
           }
          ]
         }
        },
        "example_request_3": {
         "summary": "Example request (3)",
         "value": {
          "filters": [
           {
            "status_in": [
             "activated",
             "assigned"
            ]
           }
          ]
         }
        }
       }
      }
     }
    },
    "responses": {
     "204": {
      "description": "All revocations were successful."
     },
     "400": {
      "description": "Some error occurred when processing one of the revocations, no revocations were committed. An error message is provided.",
      "$ref": "#/components/responses/BadRequest"
     },
     "404": {
      "description": "No license exists in the plan for one of the given email addresses, or the license is not in an assigned or activated state. An error message is provided.",
      "$ref": "#/components/responses/NotFound"
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "405": {
      "$ref": "#/components/responses/MethodNotAllowed"
     },
     "406": {
      "$ref": "#/components/responses/NotAcceptable"
     },
     "413": {
      "$ref": "#/components/responses/PayloadTooLarge"
     },
     "415": {
      "$ref": "#/components/responses/UnsupportedMediaType"
     },
     "422": {
      "$ref": "#/components/responses/UnprocessableEntity"
     }
    }
   }
  },
  "/enterprise/v1/bulk-license-enrollment": {
   "post": {
    "operationId": "create_bulk_license_enrollment",
    "tags": [
     "bulk-license-enrollment"
    ],
    "summary": "Bulk enroll learners in given list of courses",
    "description": "POST calls to the `/bulk-license-enrollment` to bulk enroll learners in given list of courses.",
    "parameters": [
     {
      "name": "enterprise_customer_uuid",
      "in": "query",
      "required": true,
      "description": "The uuid of the associated enterprise customer provided as a query param.",
      "schema": {
       "type": "string"
      },
      "example": "204b1785-2d3a-2000-248d-2ae7a56e6355",
      "x-rst-literal": {
       "example": "abcd-aeiou-wxyz"
      }
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/CreateBulkLicenseEnrollmentRequest"
       },
       "examples": {
        "example_request": {
         "summary": "Example request",
         "value": {
          "emails": [
           "abc@example.com",
           "xyz@example.com"
          ],
          "course_run_keys": [
           "testX"
          ],
          "notify": true
         }
        }
       }
      }
     }
    },
    "responses": {
     "201": {
      "description": "Created",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/CreateBulkLicenseEnrollmentResponse"
        },
        "examples": {
         "example_response": {
          "summary": "Example response",
          "value": {
           "job_id": "<UUID4>"
          }
         }
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "405": {
      "$ref": "#/components/responses/MethodNotAllowed"
     },
     "406": {
      "$ref": "#/components/responses/NotAcceptable"
     },
     "413": {
      "$ref": "#/components/responses/PayloadTooLarge"
     },
     "415": {
      "$ref": "#/components/responses/UnsupportedMediaType"
     }
    }
   }
  },
  "/enterprise/v2/enterprise-catalogs": {
   "get": {
    "operationId": "list_enterprise_catalogs",
    "tags": [
     "enterprise-catalogs"
    ],
    "summary": "Get list of all the course catalogs",
    "description": "GET calls to the `enterprise-catalogs` endpoint to get list of all the course catalogs that are available to your organization.",
    "responses": {
     "200": {
      "description": "Success.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ListEnterpriseCatalogsResponse"
        }
       }
      },
      "links": {
       "GetCatalog": {
        "operationId": "get_enterprise_catalogs",
        "description": "The first listed catalog's courses.",
        "parameters": {
         "catalog_id": "$response.body#/results/0/uuid"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "405": {
      "$ref": "#/components/responses/MethodNotAllowed"
     },
     "406": {
      "$ref": "#/components/responses/NotAcceptable"
     },
     "413": {
      "$ref": "#/components/responses/PayloadTooLarge"
     },
     "415": {
      "$ref": "#/components/responses/UnsupportedMediaType"
     }
    }
   }
  },
  "/enterprise/v2/enterprise-catalogs/{catalog_id}": {
   "get": {
    "operationId": "get_enterprise_catalogs",
    "tags": [
     "enterprise-catalogs"
    ],
    "summary": "Return a list of all of the active courses",
    "description": "GET calls to the `enterprise-catalogs/{catalog_id}` endpoint return a list of all of the active courses in a specified course catalog. You can then make a GET call to the `/enterprise-catalogs/{catalog_id}/courses/{course_key}` endpoint to return details about a single course.",
    "parameters": [
     {
      "name": "catalog_id",
      "in": "path",
      "required": true,
      "schema": {
       "type": "string"
      },
      "example": "3f56a21c-76c8-47c0-add8-a99714d40d94"
     },
     {
      "name": "limit",
      "in": "query",
      "required": false,
      "description": "You can use an optional `limit` parameter to specify the number of courses that `enterprise-catalogs/{catalog_id}` calls return on each page of the response. If you do not supply the `limit` parameter, the `enterprise-catalogs/{catalog_id}` call returns the default value of 20 courses per page. For example:",
      "schema": {
       "type": "integer",
       "default": 20
      },
      "example": 250
     }
    ],
    "responses": {
     "200": {
      "description": "Success.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/GetEnterpriseCatalogsResponse"
        },
        "examples": {
         "page_of_course": {
          "summary": "Page of course",
          "value": {
           "count": 1,
           "next": null,
           "previous": null,
           "results": [
            {
             "key": "edx+tr1012",
             "uuid": "04d8eb8e-7773-42b3-97fc-a42f8266e1e5",
             "title": "Trench Run 10",
             "course_runs": [
              {
               "key": "course-v1:edx+tr1012+1T2021",
               "uuid": "293e187e-c1d7-42cf-85b7-760e98a6f02d",
               "title": "Trench Run 10",
               "external_key": "",
               "image": {
                "src": "https://stage-discovery.edx-cdn.org/media/course/image/04d8eb8e-7773-42b3-97fc-a42f8266e1e5-5daa73db36a3.small.png",
                "description": null,
                "height": null,
                "width": null
               },
               "short_description": "<p>t</p>",
               "marketing_url": "https://stage.edx.org/course/trench-run-10-course-v1edxtr10121t2021?utm_source=lms_catalog_service_user&utm_medium=affiliate_partner",
               "seats": [
                {
                 "type": "audit",
                 "price": "0.00",
                 "currency": "USD",
                 "upgrade_deadline": null,
                 "upgrade_deadline_override": null,
                 "credit_provider": null,
                 "credit_hours": null,
                 "sku": "4A19EC2",
                 "bulk_sku": null
                },
                {
                 "type": "verified",
                 "price": "100.00",
                 "currency": "USD",
                 "upgrade_deadline": "2030-09-05T23:59:59Z",
                 "upgrade_deadline_override": null,
                 "credit_provider": null,
                 "credit_hours": null,
                 "sku": "DE707ED",
                 "bulk_sku": "8BA9C3A"
                }
               ],
               "start": "2022-04-12T16:00:00Z",
               "end": "2090-09-15T16:00:00Z",
               "go_live_date": "2021-04-22T04:00:00Z",
               "enrollment_start": null,
               "enrollment_end": null,
               "weeks_to_complete": 3,
               "pacing_type": "instructor_paced",
               "type": "verified",
               "run_type": "946d043a-7b2c-414d-a106-8b7761e86eba",
               "status": "published",
               "is_enrollable": true,
               "is_marketable": true,
               "availability": "Current",
               "variant_id": null,
               "course": "edx+tr1012",
               "full_description": "<p>t</p>",
               "announcement": "2021-04-22T16:19:27.987040Z",
               "video": null,
               "content_language": "en-us",
               "license": "",
               "outcome": "<p>t</p>",
               "transcript_languages": [
                "en-us"
               ],
               "instructors": [],
               "staff": [
                {
                 "uuid": "16a4422b-55f2-45eb-81da-ac1d0655d065",
                 "salutation": null,
                 "given_name": "New",
                 "family_name": "Instructor1",
                 "bio": "",
                 "slug": "new-instructor1",
                 "position": {
                  "title": "Dr",
                  "organization_name": "edX",
                  "organization_id": 11,
                  "organization_override": null,
                  "organization_marketing_url": "https://stage.edx.org/school/edx",
                  "organization_uuid": "4f8cb2c9-589b-4d1e-88c1-b01a02db3a9c",
                  "organization_logo_image_url": "https://stage-discovery.edx-cdn.org/organization/logos/4f8cb2c9-589b-4d1e-88c1-b01a02db3a9c-086cef28bdf5.png"
                 },
                 "areas_of_expertise": [],
                 "profile_image": {
                  "medium": {
                   "url": "https://stage-discovery.edx-cdn.org/media/people/profile_images/16a4422b-55f2-45eb-81da-ac1d0655d065.medium.png",
                   "width": 110,
                   "height": 110
                  }
                 },
                 "works": [],
                 "urls": {
                  "facebook": "adding fb url",
                  "twitter": null,
                  "blog": null
                 },
                 "urls_detailed": [
                  {
                   "id": 9,
                   "type": "facebook",
                   "title": "",
                   "display_title": "Facebook",
                   "url": "adding fb url"
                  }
                 ],
                 "email": null,
                 "profile_image_url": "https://stage-discovery.edx-cdn.org/media/people/profile_images/16a4422b-55f2-45eb-81da-ac1d0655d065.png",
                 "major_works": "",
                 "published": false
                }
               ],
               "min_effort": 1,
               "max_effort": 2,
               "modified": "2024-01-12T16:45:17.436871Z",
               "level_type": "Introductory",
               "mobile_available": false,
               "hidden": false,
               "reporting_type": "mooc",
               "eligible_for_financial_aid": true,
               "first_enrollable_paid_seat_price": 100,
               "has_ofac_restrictions": false,
               "ofac_comment": "",
               "enrollment_count": 3,
               "recent_enrollment_count": 3,
               "expected_program_type": null,
               "expected_program_name": "",
               "course_uuid": "04d8eb8e-7773-42b3-97fc-a42f8266e1e5",
               "estimated_hours": 4.5,
               "content_language_search_facet_name": "English",
               "enterprise_subscription_inclusion": false,
               "enrollment_url": "https://courses.stage.edx.org/enterprise/40709edf-3748-4fcf-aa18-99abd765b692/course/course-v1:edx+tr1012+1T2021/enroll/?catalog=fcbb8cc6-85f5-427e-b154-4055fdd69472&utm_medium=enterprise&utm_source=dusenbery-devices"
              }
             ],
             "entitlements": [
              {
               "mode": "verified",
               "price": "100.00",
               "currency": "USD",
               "sku": "0E5F108",
               "expires": null
              }
             ],
             "owners": [
              {
               "uuid": "4f8cb2c9-589b-4d1e-88c1-b01a02db3a9c",
               "key": "edx",
               "name": "edX",
               "auto_generate_course_run_keys": false,
               "certificate_logo_image_url": "https://stage-discovery.edx-cdn.org/organization/certificate_logos/4f8cb2c9-589b-4d1e-88c1-b01a02db3a9c-80a7fb4abe88.png",
               "logo_image_url": "https://stage-discovery.edx-cdn.org/organization/logos/4f8cb2c9-589b-4d1e-88c1-b01a02db3a9c-086cef28bdf5.png",
               "organization_hex_color": null,
               "data_modified_timestamp": null,
               "description": "<p>EdX is a non-profit created by founding partners Harvard and MIT. We're bringing the best of higher education to students around the world. EdX offers MOOCs and interactive online classes in subjects including law, history, science, engineering, business, social sciences, computer science, public health, and artificial intelligence (AI).</p>",
               "description_es": "",
               "homepage_url": null,
               "tags": [
                "charter"
               ],
               "marketing_url": "https://stage.edx.org/school/edx",
               "slug": "edx",
               "banner_image_url": "https://stage-discovery.edx-cdn.org/organization/banner_images/4f8cb2c9-589b-4d1e-88c1-b01a02db3a9c-86aa2499c053.png",
               "enterprise_subscription_inclusion": false
              }
             ],
             "image": {
              "src": "https://stage-discovery.edx-cdn.org/media/course/image/04d8eb8e-7773-42b3-97fc-a42f8266e1e5-5daa73db36a3.small.png",
              "description": null,
              "height": null,
              "width": null
             },
             "short_description": "<p>t</p>",
             "type": "69b8a063-e5fb-4a91-96d6-e50c8335c5da",
             "url_slug": "trench-run-10",
             "course_type": "verified-audit",
             "enterprise_subscription_inclusion": false,
             "excluded_from_seo": false,
             "excluded_from_search": false,
             "full_description": "<p>t</p>",
             "level_type": "Introductory",
             "subjects": [
              {
               "name": "Social Sciences",
               "subtitle": "<p>Learn about the social sciences and more from the best universities and institutions around the world.</p>",
               "description": "<p>Enroll in free online courses in the social sciences including sociology, political science, human geography, demography and more. Learn about the science of happiness or the history and effect of social programs. Courses are available from major universities worldwide.</p>",
               "banner_image_url": "https://stage.edx.org/sites/default/files/social-sciences-1440x210.jpg",
               "card_image_url": "https://stage.edx.org/sites/default/files/subject/image/card/social-sciences.jpg",
               "slug": "social-sciences",
               "uuid": "eefb009b-0a02-49e9-b1b1-249982b6ce86"
              }
             ],
             "prerequisites": [],
             "prerequisites_raw": null,
             "expected_learning_items": [],
             "video": null,
             "sponsors": [],
             "modified": "2024-01-12T16:45:17.341223Z",
             "marketing_url": "https://stage.edx.org/course/trench-run-10?utm_source=lms_catalog_service_user&utm_medium=affiliate_partner",
             "syllabus_raw": null,
             "outcome": "<p>t</p>",
             "original_image": {
              "src": "https://stage-discovery.edx-cdn.org/media/course/image/04d8eb8e-7773-42b3-97fc-a42f8266e1e5-5daa73db36a3.png",
              "description": null,
              "height": null,
              "width": null
             },
             "card_image_url": null,
             "canonical_course_run_key": "course-v1:edx+tr1012+1T2021",
             "extra_description": null,
             "additional_information": null,
             "additional_metadata": null,
             "faq": null,
             "learner_testimonials": null,
             "enrollment_count": 3,
             "recent_enrollment_count": 3,
             "topics": [],
             "key_for_reruns": "",
             "url_slug_history": [
              "trench-run-10",
              "trench-run-10-course-v1edxtr10121t2021",
              "learn/social-sciences/edx-trench-run-10"
             ],
             "url_redirects": [],
             "course_run_statuses": [
              "published"
             ],
             "editors": [],
             "collaborators": [],
             "skill_names": [],
             "skills": [],
             "organization_short_code_override": "",
             "organization_logo_override_url": null,
             "geolocation": null,
             "location_restriction": null,
             "in_year_value": null,
             "product_source": {
              "name": "edX",
              "slug": "edx",
              "description": "Open courses"
             },
             "data_modified_timestamp": "2023-11-21T21:09:56.175672Z",
             "watchers": [],
             "programs": [],
             "course_run_keys": [
              "course-v1:edx+tr1012+1T2021"
             ],
             "editable": true,
             "advertised_course_run_uuid": "293e187e-c1d7-42cf-85b7-760e98a6f02d",
             "enrollment_url": "https://courses.stage.edx.org/enterprise/40709edf-3748-4fcf-aa18-99abd765b692/course/edx+tr1012/enroll/?catalog=fcbb8cc6-85f5-427e-b154-4055fdd69472&utm_medium=enterprise&utm_source=dusenbery-devices"
            }
           ]
          }
         }
        }
       }
      },
      "links": {
       "GetCourse": {
        "operationId": "get_enterprise_catalogs_courses",
        "description": "The first listed course of this catalog.",
        "parameters": {
         "catalog_id": "$request.path.catalog_id",
         "course_key": "$response.body#/results/0/key"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "405": {
      "$ref": "#/components/responses/MethodNotAllowed"
     },
     "406": {
      "$ref": "#/components/responses/NotAcceptable"
     },
     "413": {
      "$ref": "#/components/responses/PayloadTooLarge"
     },
     "415": {
      "$ref": "#/components/responses/UnsupportedMediaType"
     }
    }
   }
  },
  "/enterprise/v2/enterprise-catalogs/{catalog_id}/courses/{course_key}": {
   "get": {
    "operationId": "get_enterprise_catalogs_courses",
    "tags": [
     "enterprise-catalogs"
    ],
    "summary": "Return information about a single course",
    "description": "GET calls to the `enterprise-catalogs/{catalog_id}/courses/{course_key}` endpoint return information about a single course in a specified course catalog. In the GET call, you pass a catalog ID, which you can get using the `enterprise-catalogs` endpoint, and a course key (a unique identifier for a course), which you can get from the `key` value returned by the `enterprise-catalogs/{catalog_id}` endpoint. By default, the information is returned in XML format. The information returned is described in Fields in a course Content Item.",
    "parameters": [
     {
      "name": "catalog_id",
      "in": "path",
      "required": true,
      "schema": {
       "type": "string"
      },
      "example": "3f56a21c-76c8-47c0-add8-a99714d40d94"
     },
     {
      "name": "course_key",
      "in": "path",
      "required": true,
      "schema": {
       "type": "string"
      },
      "example": "edx+tr1012",
      "x-rst-literal": {
       "example": "MyUni+Sport101x"
      }
     }
    ],
    "responses": {
     "200": {
      "description": "Success.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Course"
        },
        "examples": {
         "course": {
          "summary": "Course",
          "value": {
           "key": "edx+tr1012",
           "uuid": "04d8eb8e-7773-42b3-97fc-a42f8266e1e5",
           "title": "Trench Run 10",
           "course_runs": [
            {
             "key": "course-v1:edx+tr1012+1T2021",
             "uuid": "293e187e-c1d7-42cf-85b7-760e98a6f02d",
             "title": "Trench Run 10",
             "external_key": "",
             "image": {
              "src": "https://stage-discovery.edx-cdn.org/media/course/image/04d8eb8e-7773-42b3-97fc-a42f8266e1e5-5daa73db36a3.small.png",
              "description": null,
              "height": null,
              "width": null
             },
             "short_description": "<p>t</p>",
             "marketing_url": "https://stage.edx.org/course/trench-run-10-course-v1edxtr10121t2021?utm_source=lms_catalog_service_user&utm_medium=affiliate_partner",
             "seats": [
              {
               "type": "audit",
               "price": "0.00",
               "currency": "USD",
               "upgrade_deadline": null,
               "upgrade_deadline_override": null,
               "credit_provider": null,
               "credit_hours": null,
               "sku": "4A19EC2",
               "bulk_sku": null
              },
              {
               "type": "verified",
               "price": "100.00",
               "currency": "USD",
               "upgrade_deadline": "2030-09-05T23:59:59Z",
               "upgrade_deadline_override": null,
               "credit_provider": null,
               "credit_hours": null,
               "sku": "DE707ED",
               "bulk_sku": "8BA9C3A"
              }
             ],
             "start": "2022-04-12T16:00:00Z",
             "end": "2090-09-15T16:00:00Z",
             "go_live_date": "2021-04-22T04:00:00Z",
             "enrollment_start": null,
             "enrollment_end": null,
             "weeks_to_complete": 3,
             "pacing_type": "instructor_paced",
             "type": "verified",
             "run_type": "946d043a-7b2c-414d-a106-8b7761e86eba",
             "status": "published",
             "is_enrollable": true,
             "is_marketable": true,
             "availability": "Current",
             "variant_id": null,
             "course": "edx+tr1012",
             "full_description": "<p>t</p>",
             "announcement": "2021-04-22T16:19:27.987040Z",
             "video": null,
             "content_language": "en-us",
             "license": "",
             "outcome": "<p>t</p>",
             "transcript_languages": [
              "en-us"
             ],
             "instructors": [],
             "staff": [
              {
               "uuid": "16a4422b-55f2-45eb-81da-ac1d0655d065",
               "salutation": null,
               "given_name": "New",
               "family_name": "Instructor1",
               "bio": "",
               "slug": "new-instructor1",
               "position": {
                "title": "Dr",
                "organization_name": "edX",
                "organization_id": 11,
                "organization_override": null,
                "organization_marketing_url": "https://stage.edx.org/school/edx",
                "organization_uuid": "4f8cb2c9-589b-4d1e-88c1-b01a02db3a9c",
                "organization_logo_image_url": "https://stage-discovery.edx-cdn.org/organization/logos/4f8cb2c9-589b-4d1e-88c1-b01a02db3a9c-086cef28bdf5.png"
               },
               "areas_of_expertise": [],
               "profile_image": {
                "medium": {
                 "url": "https://stage-discovery.edx-cdn.org/media/people/profile_images/16a4422b-55f2-45eb-81da-ac1d0655d065.medium.png",
                 "width": 110,
                 "height": 110
                }
               },
               "works": [],
               "urls": {
                "facebook": "adding fb url",
                "twitter": null,
                "blog": null
               },
               "urls_detailed": [
                {
                 "id": 9,
                 "type": "facebook",
                 "title": "",
                 "display_title": "Facebook",
                 "url": "adding fb url"
                }
               ],
               "email": null,
               "profile_image_url": "https://stage-discovery.edx-cdn.org/media/people/profile_images/16a4422b-55f2-45eb-81da-ac1d0655d065.png",
               "major_works": "",
               "published": false
              }
             ],
             "min_effort": 1,
             "max_effort": 2,
             "modified": "2024-01-12T16:45:17.436871Z",
             "level_type": "Introductory",
             "mobile_available": false,
             "hidden": false,
             "reporting_type": "mooc",
             "eligible_for_financial_aid": true,
             "first_enrollable_paid_seat_price": 100,
             "has_ofac_restrictions": false,
             "ofac_comment": "",
             "enrollment_count": 3,
             "recent_enrollment_count": 3,
             "expected_program_type": null,
             "expected_program_name": "",
             "course_uuid": "04d8eb8e-7773-42b3-97fc-a42f8266e1e5",
             "estimated_hours": 4.5,
             "content_language_search_facet_name": "English",
             "enterprise_subscription_inclusion": false,
             "enrollment_url": "https://courses.stage.edx.org/enterprise/40709edf-3748-4fcf-aa18-99abd765b692/course/course-v1:edx+tr1012+1T2021/enroll/?catalog=fcbb8cc6-85f5-427e-b154-4055fdd69472&utm_medium=enterprise&utm_source=dusenbery-devices"
            }
           ],
           "entitlements": [
            {
             "mode": "verified",
             "price": "100.00",
             "currency": "USD",
             "sku": "0E5F108",
             "expires": null
            }
           ],
           "owners": [
            {
             "uuid": "4f8cb2c9-589b-4d1e-88c1-b01a02db3a9c",
             "key": "edx",
             "name": "edX",
             "auto_generate_course_run_keys": false,
             "certificate_logo_image_url": "https://stage-discovery.edx-cdn.org/organization/certificate_logos/4f8cb2c9-589b-4d1e-88c1-b01a02db3a9c-80a7fb4abe88.png",
             "logo_image_url": "https://stage-discovery.edx-cdn.org/organization/logos/4f8cb2c9-589b-4d1e-88c1-b01a02db3a9c-086cef28bdf5.png",
             "organization_hex_color": null,
             "data_modified_timestamp": null,
             "description": "<p>EdX is a non-profit created by founding partners Harvard and MIT. We're bringing the best of higher education to students around the world. EdX offers MOOCs and interactive online classes in subjects including law, history, science, engineering, business, social sciences, computer science, public health, and artificial intelligence (AI).</p>",
             "description_es": "",
             "homepage_url": null,
             "tags": [
              "charter"
             ],
             "marketing_url": "https://stage.edx.org/school/edx",
             "slug": "edx",
             "banner_image_url": "https://stage-discovery.edx-cdn.org/organization/banner_images/4f8cb2c9-589b-4d1e-88c1-b01a02db3a9c-86aa2499c053.png",
             "enterprise_subscription_inclusion": false
            }
           ],
           "image": {
            "src": "https://stage-discovery.edx-cdn.org/media/course/image/04d8eb8e-7773-42b3-97fc-a42f8266e1e5-5daa73db36a3.small.png",
            "description": null,
            "height": null,
            "width": null
           },
           "short_description": "<p>t</p>",
           "type": "69b8a063-e5fb-4a91-96d6-e50c8335c5da",
           "url_slug": "trench-run-10",
           "course_type": "verified-audit",
           "enterprise_subscription_inclusion": false,
           "excluded_from_seo": false,
           "excluded_from_search": false,
           "full_description": "<p>t</p>",
           "level_type": "Introductory",
           "subjects": [
            {
             "name": "Social Sciences",
             "subtitle": "<p>Learn about the social sciences and more from the best universities and institutions around the world.</p>",
             "description": "<p>Enroll in free online courses in the social sciences including sociology, political science, human geography, demography and more. Learn about the science of happiness or the history and effect of social programs. Courses are available from major universities worldwide.</p>",
             "banner_image_url": "https://stage.edx.org/sites/default/files/social-sciences-1440x210.jpg",
             "card_image_url": "https://stage.edx.org/sites/default/files/subject/image/card/social-sciences.jpg",
             "slug": "social-sciences",
             "uuid": "eefb009b-0a02-49e9-b1b1-249982b6ce86"
            }
           ],
           "prerequisites": [],
           "prerequisites_raw": null,
           "expected_learning_items": [],
           "video": null,
           "sponsors": [],
           "modified": "2024-01-12T16:45:17.341223Z",
           "marketing_url": "https://stage.edx.org/course/trench-run-10?utm_source=lms_catalog_service_user&utm_medium=affiliate_partner",
           "syllabus_raw": null,
           "outcome": "<p>t</p>",
           "original_image": {
            "src": "https://stage-discovery.edx-cdn.org/media/course/image/04d8eb8e-7773-42b3-97fc-a42f8266e1e5-5daa73db36a3.png",
            "description": null,
            "height": null,
            "width": null
           },
           "card_image_url": null,
           "canonical_course_run_key": "course-v1:edx+tr1012+1T2021",
           "extra_description": null,
           "additional_information": null,
           "additional_metadata": null,
           "faq": null,
           "learner_testimonials": null,
           "enrollment_count": 3,
           "recent_enrollment_count": 3,
           "topics": [],
           "key_for_reruns": "",
           "url_slug_history": [
            "trench-run-10",
            "trench-run-10-course-v1edxtr10121t2021",
            "learn/social-sciences/edx-trench-run-10"
           ],
           "url_redirects": [],
           "course_run_statuses": [
            "published"
           ],
           "editors": [],
           "collaborators": [],
           "skill_names": [],
           "skills": [],
           "organization_short_code_override": "",
           "organization_logo_override_url": null,
           "geolocation": null,
           "location_restriction": null,
           "in_year_value": null,
           "product_source": {
            "name": "edX",
            "slug": "edx",
            "description": "Open courses"
           },
           "data_modified_timestamp": "2023-11-21T21:09:56.175672Z",
           "watchers": [],
           "programs": [],
           "course_run_keys": [
            "course-v1:edx+tr1012+1T2021"
           ],
           "editable": true,
           "advertised_course_run_uuid": "293e187e-c1d7-42cf-85b7-760e98a6f02d",
           "enrollment_url": "https://courses.stage.edx.org/enterprise/40709edf-3748-4fcf-aa18-99abd765b692/course/edx+tr1012/enroll/?catalog=fcbb8cc6-85f5-427e-b154-4055fdd69472&utm_medium=enterprise&utm_source=dusenbery-devices"
          }
         }
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "405": {
      "$ref": "#/components/responses/MethodNotAllowed"
     },
     "406": {
      "$ref": "#/components/responses/NotAcceptable"
     },
     "413": {
      "$ref": "#/components/responses/PayloadTooLarge"
     },
     "415": {
      "$ref": "#/components/responses/UnsupportedMediaType"
     }
    }
   }
  },
  "/enterprise/v2/enterprise-catalogs/{catalog_id}/course-runs/{course_run_ID}": {
   "get": {
    "operationId": "get_enterprise_catalogs_course_runs",
    "tags": [
     "enterprise-catalogs"
    ],
    "summary": "Return information about a single course run",
    "description": "GET calls to the `enterprise-catalogs/{catalog_id}/course-runs/{course_run_ID}` endpoint return information about a single course run in a specified course catalog. In the GET call, you pass a catalog ID, which you can get using the `enterprise-catalogs` endpoint, and a course run ID, which you can get from the `key` value returned by the `enterprise-catalogs/{catalog_id}` endpoint. The information returned is described in Fields in a course_run Content Item.",
    "parameters": [
     {
      "name": "catalog_id",
      "in": "path",
      "required": true,
      "schema": {
       "type": "string"
      },
      "example": "3f56a21c-76c8-47c0-add8-a99714d40d94"
     },
     {
      "name": "course_run_ID",
      "in": "path",
      "required": true,
      "schema": {
       "type": "string"
      },
      "example": "course-v1:HarvardX+FIH+3T2023",
      "x-rst-literal": {
       "example": "course-v1:MyUni+Sport101x"
      }
     }
    ],
    "responses": {
     "200": {
      "description": "Success.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/CourseRun"
        },
        "examples": {
         "course_run": {
          "summary": "Course run",
          "value": {
           "key": "course-v1:HarvardX+FIH+3T2023",
           "uuid": "359e8f1c-627e-421b-9c5c-5e8560455219",
           "title": "Harvard VPAL FinTech online short course",
           "external_key": null,
           "image": {
            "src": "https://stage-discovery.edx-cdn.org/media/course/image/b718b44e-ac0e-4371-921a-bc7d02ea5a4a-a6e1b555a479.small.jpg",
            "description": null,
            "height": null,
            "width": null
           },
           "short_description": "<p>Step beyond current FinTech disruption and prepare for future financial services priorities.</p>",
           "marketing_url": "https://stage.edx.org/course/harvard-vpal-fintech-online-short-course-course-v1-harvardx-fih-3t2023?utm_source=lms_catalog_service_user&utm_medium=affiliate_partner",
           "seats": [
            {
             "type": "unpaid-executive-education",
             "price": "0.00",
             "currency": "USD",
             "upgrade_deadline": null,
             "upgrade_deadline_override": null,
             "credit_provider": null,
             "credit_hours": null,
             "sku": "C33ACD3",
             "bulk_sku": null
            }
           ],
           "start": "2023-11-09T00:00:00Z",
           "end": "2023-12-18T23:59:59Z",
           "go_live_date": "2023-12-15T00:00:00Z",
           "enrollment_start": null,
           "enrollment_end": "2024-02-07T23:59:59Z",
           "weeks_to_complete": 6,
           "pacing_type": "instructor_paced",
           "type": null,
           "run_type": "6fb73168-371b-419e-8f33-b30619497164",
           "status": "published",
           "is_enrollable": true,
           "is_marketable": true,
           "availability": "Current",
           "variant_id": "73b264ba-d49b-4012-93d1-ddc97553e9ab",
           "course": "HarvardX+FIH",
           "full_description": "<p>A practical sustainability action plan to overcome the barriers and aid in seizing the opportunities associated with creating a sustainable businessAs awareness of climate change, resource scarcity, pollution, and social inequality rises, businesses and governments are being held increasingly responsible. There is a need for positive, sustainable change. By taking this Business Sustainability Management online short course you’ll become that change, and set yourself up for success.</p>",
           "announcement": "2023-12-18T19:15:13.218663Z",
           "video": null,
           "content_language": "en-us",
           "license": "",
           "outcome": "<p>Al finalizar este curso, obtendrá lo siguiente:Claridad en la especulación y el despliegue del panorama de tecnología financiera, y las habilidades y el conocimiento para abordar las iniciativas de innovación. Comprensión de las tecnologías que dan forma al futuro de las finanzas y el potencial de asociaciones entre empresas establecidas, empresas tecnológicas de la nueva era e inversionistas. La capacidad de evaluar críticamente el futuro de la tecnología financiera y pensar estratégica y creativamente sobre los problemas que enfrentan las compañías reales. La oportunidad de establecer contactos con una cohorte de profesionales de ideas afines en una semana de conferencias adicional. Un certificado de primer nivel de la VPAL de Harvard, en asociación con HarvardX, como validación de sus conocimientos de tecnología financiera.</p>",
           "transcript_languages": [
            "en-us"
           ],
           "instructors": [],
           "staff": [],
           "min_effort": 2,
           "max_effort": 3,
           "modified": "2023-12-18T19:29:52.582607Z",
           "level_type": "Introductory",
           "mobile_available": false,
           "hidden": false,
           "reporting_type": "mooc",
           "eligible_for_financial_aid": true,
           "first_enrollable_paid_seat_price": null,
           "has_ofac_restrictions": false,
           "ofac_comment": "",
           "enrollment_count": 0,
           "recent_enrollment_count": 0,
           "expected_program_type": null,
           "expected_program_name": "",
           "course_uuid": "b718b44e-ac0e-4371-921a-bc7d02ea5a4a",
           "estimated_hours": 15,
           "content_language_search_facet_name": "English",
           "enterprise_subscription_inclusion": false,
           "programs": [],
           "enrollment_url": "https://courses.stage.edx.org/enterprise/4a3d7eae-fbf9-4786-b648-f7565289aeb7/course/course-v1:HarvardX+FIH+3T2023/enroll/?catalog=1236fd56-ede6-487f-8335-eb9fca8f0ad1&utm_medium=enterprise&utm_source=stripe-co"
          }
         }
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "405": {
      "$ref": "#/components/responses/MethodNotAllowed"
     },
     "406": {
      "$ref": "#/components/responses/NotAcceptable"
     },
     "413": {
      "$ref": "#/components/responses/PayloadTooLarge"
     },
     "415": {
      "$ref": "#/components/responses/UnsupportedMediaType"
     }
    }
   }
  },
  "/enterprise/v2/enterprise-catalogs/{catalog_id}/programs/{program_ID}": {
   "get": {
    "operationId": "get_enterprise_catalogs_programs",
    "tags": [
     "enterprise-catalogs"
    ],
    "summary": "Return information about a single program",
    "description": "GET calls to the `enterprise-catalogs/{catalog_id}/programs/{program_ID}` endpoint return information about a single program in a specified course catalog. In the GET call, you pass a catalog ID, which you can get using the `enterprise-catalogs` endpoint, and a program ID, which you can get from the `uuid` value returned by the `enterprise-catalogs/{catalog_id}` endpoint. The information returned is described in Fields in a program Content Item.",
    "parameters": [
     {
      "name": "catalog_id",
      "in": "path",
      "required": true,
      "schema": {
       "type": "string"
      },
      "example": "3f56a21c-76c8-47c0-add8-a99714d40d94"
     },
     {
      "name": "program_ID",
      "in": "path",
      "required": true,
      "schema": {
       "type": "string"
      },
      "example": "fcfe93c3-9123-4a58-a190-8614c96b8eab",
      "x-rst-literal": {
       "example": "7b24a21c-98c8-47c0-b9c8-g54714d40d94"
      }
     }
    ],
    "responses": {
     "200": {
      "description": "Success.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Program"
        },
        "examples": {
         "program": {
          "summary": "Program",
          "value": {
           "uuid": "fcfe93c3-9123-4a58-a190-8614c96b8eab",
           "title": "Master of Business Administration",
           "subtitle": "",
           "type": "Masters",
           "type_attrs": {
            "uuid": "1399475e-cca8-4676-a669-fe5ba477c73f",
            "slug": "masters",
            "coaching_supported": false
           },
           "status": "unpublished",
           "marketing_slug": "ucd-master-of-business-administration",
           "marketing_url": "https://stage.edx.org/masters/ucd-master-of-business-administration",
           "banner_image": {},
           "hidden": false,
           "courses": [],
           "authoring_organizations": [
            {
             "uuid": "2c17b012-432f-4182-a914-bee8baea4f2a",
             "key": "UCDavis",
             "name": "University of California, Davis",
             "auto_generate_course_run_keys": true,
             "certificate_logo_image_url": null,
             "logo_image_url": null,
             "organization_hex_color": null,
             "data_modified_timestamp": null,
             "description": "",
             "description_es": "",
             "homepage_url": null,
             "tags": [],
             "marketing_url": "https://stage.edx.org/school/ucdavis",
             "slug": "ucdavis",
             "banner_image_url": null,
             "enterprise_subscription_inclusion": false
            }
           ],
           "card_image_url": "https://stage-discovery.edx-cdn.org/media/programs/card_images/fcfe93c3-9123-4a58-a190-8614c96b8eab-6ec5c946a62b.png",
           "is_program_eligible_for_one_click_purchase": true,
           "degree": {
            "application_requirements": "TBD",
            "apply_url": "",
            "banner_border_color": "",
            "campus_image": null,
            "title_background_image": null,
            "costs": [],
            "deadlines": [],
            "lead_capture_list_name": "Master_default",
            "quick_facts": [],
            "overall_ranking": "",
            "prerequisite_coursework": "TBD",
            "rankings": [],
            "lead_capture_image": {},
            "micromasters_path": null,
            "micromasters_url": null,
            "micromasters_long_title": null,
            "micromasters_long_description": null,
            "micromasters_background_image": {},
            "micromasters_org_name_override": null,
            "costs_fine_print": null,
            "deadlines_fine_print": null,
            "hubspot_lead_capture_form_id": null,
            "additional_metadata": {
             "external_identifier": "65390275-9b17-4dda-bcf0-d24250bf0a00",
             "external_url": "https://onlinemba.ucdavis.edu/requestinfo/plp/?lsrc=edx&utm_source=edx&utm_medium=referral&utm_campaign=ucd-mba",
             "organic_url": "https://onlinemba.ucdavis.edu/?utm_source=edx&utm_medium=referral&utm_campaign=UCD_MBA"
            },
            "specializations": [
             "Business Analytics",
             "Finance",
             "Marketing Strategy and Analytics",
             "Strategic Management",
             "Organizational Leadership",
             "Technology Management",
             "Entrepreneurship",
             "Product Management",
             "Business"
            ],
            "program_duration_override": null,
            "display_on_org_page": false,
            "excluded_from_search": false,
            "excluded_from_seo": false
           },
           "curricula": [
            {
             "uuid": "8ef7ba75-0b2f-434e-ab55-8f3436c6471f",
             "name": "",
             "marketing_text": "<ul><li>Markets and the Firm</li><li>Business Taxation</li><li>Financial Accounting</li><li>Individual and Group Dynamics</li><li>Negotiations in Organizations</li><li>Data Analysis for Managers (was Statistics)</li><li>Marketing Management</li><li>Financial Theory and Policy</li><li>Integrated Management Project (Capstone)</li><li>Organizational Strategy and Structure</li></ul>",
             "marketing_text_brief": null,
             "is_active": true,
             "courses": [],
             "programs": []
            }
           ],
           "marketing_hook": "",
           "total_hours_of_effort": null,
           "recent_enrollment_count": 0,
           "organization_short_code_override": "University of California, Davis",
           "organization_logo_override_url": null,
           "primary_subject_override": {
            "name": "Business & Management",
            "subtitle": "<p>Learn about business and management and more from the best universities and institutions around the world.</p>",
            "description": "<p>Online courses cover the core concepts in all areas of business including entrepreneurship, economics, finance, marketing and product development. Learn about business contracts, supply chain management, statistical analysis and much more with online courses from Harvard, MIT, Cornell and other top universities.</p>\n<h3>Browse Popular Business and Management Subjects</h3>\n<p><a href=\"/course/subject/business-management/finance\">Finance</a> | <a href=\"/course/subject/business-management/marketing\">Marketing</a> | <a href=\"/course/subject/business-management/accounting\">Accounting</a> | <a href=\"/course/subject/business-management/communications\">Communications</a> | <a href=\"/course/subject/business-management/international-business\">International Business</a> | <a href=\"/course/subject/business-management/risk-management\">Risk Management</a></p>\n<p><a href=\"/course/subject/business-management/innovation-entrepreneurship\">Innovation &amp; Entrepreneurship</a></p>",
            "banner_image_url": "https://stage.edx.org/sites/default/files/business-and-management-1440x210.jpg",
            "card_image_url": "https://stage.edx.org/sites/default/files/subject/image/card/business.jpg",
            "slug": "business-management",
            "uuid": "409d43f7-ff36-4834-9c28-252132347d87"
           },
           "level_type_override": {
            "name": "Intermediate",
            "sort_value": 3
           },
           "language_override": "en-us",
           "labels": [],
           "taxi_form": null,
           "program_duration_override": null,
           "data_modified_timestamp": "2023-05-23T12:13:31.380214Z",
           "excluded_from_search": false,
           "excluded_from_seo": false,
           "has_ofac_restrictions": null,
           "ofac_comment": "",
           "overview": "The online MBA from the University of California, Davis, features the same curriculum and globally recognized faculty as the on-campus MBA program. You'll experience our culture of collaboration and make Silicon Valley connections. The program can be completed in as few as 24 months. Bachelor’s required     \n",
           "weeks_to_complete": null,
           "weeks_to_complete_min": null,
           "weeks_to_complete_max": null,
           "min_hours_effort_per_week": null,
           "max_hours_effort_per_week": null,
           "video": null,
           "expected_learning_items": [],
           "faq": [],
           "credit_backing_organizations": [],
           "corporate_endorsements": [],
           "job_outlook_items": [],
           "individual_endorsements": [],
           "languages": [],
           "transcript_languages": [],
           "subjects": [],
           "price_ranges": [],
           "staff": [],
           "credit_redemption_overview": null,
           "applicable_seat_types": [
            "credit",
            "verified"
           ],
           "instructor_ordering": [],
           "enrollment_count": 0,
           "topics": [],
           "credit_value": 0,
           "enterprise_subscription_inclusion": false,
           "geolocation": null,
           "location_restriction": null,
           "is_2u_degree_program": true,
           "in_year_value": null,
           "skill_names": [],
           "skills": [],
           "product_source": {
            "name": "2u",
            "slug": "2u",
            "description": "2U, Trilogy, Getsmarter -- external source for 2u courses and programs"
           },
           "subscription_eligible": null,
           "subscription_prices": [],
           "enrollment_url": "https://courses.stage.edx.org/enterprise/943b1234-58cf-4376-b8e0-0efcbf4bfdf9/program/fcfe93c3-9123-4a58-a190-8614c96b8eab/enroll/?catalog=9014df44-e8eb-41c0-ab39-fb9a508ac716&utm_medium=enterprise&utm_source=pied-piper"
          }
         }
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "405": {
      "$ref": "#/components/responses/MethodNotAllowed"
     },
     "406": {
      "$ref": "#/components/responses/NotAcceptable"
     },
     "413": {
      "$ref": "#/components/responses/PayloadTooLarge"
     },
     "415": {
      "$ref": "#/components/responses/UnsupportedMediaType"
     }
    }
   }
  },
  "/enterprise/v3/enterprise-customer/{enterprise_uuid}/learner-summary": {
   "get": {
    "operationId": "list_enterprise_customer_learner_summary",
    "tags": [
     "enterprise-customer"
    ],
    "summary": "Get information about learners' course enrollments and progress",
    "description": "GET calls to the `learner-summary` endpoint get information about learners' course enrollments and progress. The response data is by default sorted on the basis of `last_activity_date`. The data can be sorted on other fields available in response by passing it in query_param as `?ordering=field_name`.",
    "parameters": [
     {
      "name": "enterprise_uuid",
      "in": "path",
      "required": true,
      "schema": {
       "type": "string"
      },
      "example": "204b1785-2d3a-2000-248d-2ae7a56e6355"
     },
     {
      "name": "ordering",
      "in": "query",
      "required": false,
      "description": "GET calls to the `learner-summary` endpoint get information about learners' course enrollments and progress. The response data is by default sorted on the basis of `last_activity_date`. The data can be sorted on other fields available in response by passing it in query_param as `?ordering=field_name`.",
      "schema": {
       "type": "string"
      }
     },
     {
      "name": "page",
      "in": "query",
      "required": false,
      "description": "The page number of the results.",
      "schema": {
       "type": "integer",
       "minimum": 1
      }
     },
     {
      "name": "page_size",
      "in": "query",
      "required": false,
      "description": "The number of rows on each page.",
      "schema": {
       "type": "integer",
       "minimum": 1,
       "default": 10
      }
     }
    ],
    "responses": {
     "200": {
      "description": "Success.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ListEnterpriseCustomerLearnerSummaryPage"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "405": {
      "$ref": "#/components/responses/MethodNotAllowed"
     },
     "406": {
      "$ref": "#/components/responses/NotAcceptable"
     },
     "413": {
      "$ref": "#/components/responses/PayloadTooLarge"
     },
     "415": {
      "$ref": "#/components/responses/UnsupportedMediaType"
     }
    }
   }
  },
  "/oauth2/v1/access_token": {
   "post": {
    "operationId": "create_access_token",
    "tags": [
     "oauth2"
    ],
    "summary": "Get a JWT access token with client credentials",
    "description": "Exchange the API client's id and secret for a JWT to send as `Authorization: JWT <token>`.",
    "security": [],
    "x-rstapi-token-endpoint": true,
    "requestBody": {
     "required": true,
     "content": {
      "application/x-www-form-urlencoded": {
       "schema": {
        "$ref": "#/components/schemas/AccessTokenRequest"
       },
       "examples": {
        "client_credentials": {
         "summary": "Client credentials for a JWT",
         "value": {
          "grant_type": "client_credentials",
          "client_id": "demo-client",
          "client_secret": "demo-secret",
          "token_type": "jwt"
         }
        }
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "A JWT access token.",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/AccessToken"
        },
        "examples": {
         "token": {
          "summary": "A token response",
          "value": {
           "access_token": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZW1vLWNsaWVudCJ9.c2lnbmF0dXJl",
           "token_type": "JWT",
           "expires_in": 3600,
           "scope": "read write"
          }
         }
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "401": {
      "$ref": "#/components/responses/Unauthorized"
     },
     "405": {
      "$ref": "#/components/responses/MethodNotAllowed"
     },
     "406": {
      "$ref": "#/components/responses/NotAcceptable"
     },
     "413": {
      "$ref": "#/components/responses/PayloadTooLarge"
     },
     "415": {
      "$ref": "#/components/responses/UnsupportedMediaType"
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     }
    }
   }
  }
 },
 "components": {
  "schemas": {
   "Course": {
    "type": "object",
    "properties": {
     "key": {
      "type": "string",
      "description": "A unique identifier for the course. Example: `edX+DemoX`."
     },
     "uuid": {
      "type": "string",
      "description": "The unique identifier for the course. Example: `0dbd8181-8866-47fc...`"
     },
     "title": {
      "type": "string",
      "description": "The title of the course."
     },
     "course_runs": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/CourseRun"
      },
      "description": "The currently existing course runs for the course."
     },
     "enrollment_url": {
      "type": "string",
      "description": "The URL for the enrollment page."
     },
     "entitlements": {
      "type": "array",
      "items": {
       "type": "object"
      },
      "description": "Information about seat purchase options. Items includes `mode`, `price`, `currency`, `sku` and `expires`."
     },
     "owners": {
      "type": "array",
      "items": {
       "type": "object"
      },
      "description": "The institution that offers the course."
     },
     "image": {
      "type": "object",
      "description": "The About page image for the course."
     },
     "short_description": {
      "type": "string",
      "description": "The HTML short description of the course."
     },
     "type": {
      "type": "string",
      "description": "UUID associated with the course type object."
     },
     "url_slug": {
      "type": "string",
      "description": "The course identifying slug used in related url paths"
     },
     "course_type": {
      "type": "string",
      "description": "The course type. Example: `verified-audit`."
     },
     "enterprise_subscription_inclusion": {
      "type": "boolean",
      "description": "Signifies if this course is in the enterprise subscription catalog."
     },
     "excluded_from_seo": {
      "type": "boolean",
      "description": "Signifies if the course's About Page will be excluded from indexing."
     },
     "excluded_from_search": {
      "type": "boolean",
      "description": "Signifies if this course will show up in search results."
     },
     "full_description": {
      "type": "string",
      "description": "The HTML full description of the course."
     },
     "level_type": {
      "type": "string",
      "description": "The course's level of difficulty, such as `Intermediate` or `Advanced`."
     },
     "subjects": {
      "type": "array",
      "items": {
       "type": "object"
      },
      "description": "The academic subjects that the course covers."
     },
     "prerequisites": {
      "type": "array",
      "items": {
       "type": "object"
      },
      "description": "Any courses a learner must complete before enrolling in the current course."
     },
     "prerequisites_raw": {
      "description": "Any courses a learner must complete before enrolling in the current course.",
      "type": [
       "string",
       "null"
      ]
     },
     "expected_learning_items": {
      "type": "array",
      "items": {},
      "description": "Elements of the course learning items records."
     },
     "video": {
      "type": [
       "object",
       "null"
      ],
      "description": "The course About video record."
     },
     "sponsors": {
      "type": "array",
      "items": {},
      "description": "The corporate sponsors for the course."
     },
     "modified": {
      "type": "string",
      "format": "date-time",
      "description": "The most recent date and time when the course metadata was modified."
     },
     "marketing_url": {
      "type": "string",
      "description": "The URL for the course About page."
     },
     "syllabus_raw": {
      "type": [
       "string",
       "null"
      ],
      "description": "The course syllabus."
     },
     "outcome": {
      "type": "string",
      "description": "What learners will learn from the course."
     },
     "original_image": {
      "description": "The URL of the original unmodified image for the course About page.",
      "type": [
       "object",
       "null"
      ]
     },
     "card_image_url": {
      "type": [
       "string",
       "null"
      ],
      "description": "The URL of the card image for the various course card enterprise components."
     },
     "canonical_course_run_key": {
      "type": "string",
      "description": "The unique identifying key for the course's canonical course run. Example: `course-v1:edx+tr1012+1T2021`"
     },
     "extra_description": {
      "type": [
       "string",
       "null"
      ],
      "description": "additional description text provided by the course author."
     },
     "additional_information": {
      "type": [
       "string",
       "null"
      ],
      "description": "Additional information relating to the course in HTML form. This information is only provided by administrators, not course authors, and as such may hold special HTML that is normally not allowed."
     },
     "additional_metadata": {
      "type": [
       "object",
       "null"
      ],
      "description": "Additional course metadata associated with 2U courses external to the edX platform."
     },
     "faq": {
      "type": [
       "string",
       "null"
      ],
      "description": "HTML representation of the course FAQ section."
     },
     "learner_testimonials": {
      "type": [
       "string",
       "null"
      ],
      "description": "HTML representation of hte course learner testimonials section."
     },
     "enrollment_count": {
      "type": "integer",
      "description": "Total number of learners who have enrolled in this course."
     },
     "recent_enrollment_count": {
      "type": "integer",
      "description": "Total number of learners who have enrolled in this course in the last 6 months."
     },
     "topics": {
      "type": "array",
      "items": {
       "type": "object"
      },
      "description": "Topics associated with the course."
     },
     "key_for_reruns": {
      "type": "string",
      "description": "Course author provided key that is used for all reruns of the course."
     },
     "url_slug_history": {
      "type": "array",
      "items": {
       "type": "string"
      },
      "description": "List of course slugs used for the course throughout its lifespan."
     },
     "url_redirects": {
      "type": "array",
      "items": {
       "type": "string"
      },
      "description": "List of course url redirects."
     },
     "course_run_statuses": {
      "type": "array",
      "items": {
       "type": "string"
      },
      "description": "All unique course run status values associated with this course."
     },
     "editors": {
      "type": "array",
      "items": {
       "type": "object"
      },
      "description": "List of course editor users."
     },
     "collaborators": {
      "type": "array",
      "items": {
       "type": "object"
      },
      "description": "List of course collaborators."
     },
     "skill_names": {
      "type": "array",
      "items": {
       "type": "string"
      },
      "description": "List of skill names associated with the course."
     },
     "skills": {
      "type": "array",
      "items": {
       "type": "object"
      },
      "description": "List of skill records associated with the course."
     },
     "organization_short_code_override": {
      "type": "string",
      "description": "Organization short code overwritten string."
     },
     "organization_logo_override_url": {
      "type": [
       "string",
       "null"
      ],
      "description": "Organization logo url overwritten."
     },
     "geolocation": {
      "type": [
       "object",
       "null"
      ],
      "description": "Geographic location for the course, if one exists."
     },
     "location_restriction": {
      "type": [
       "object",
       "null"
      ],
      "description": "Course location restriction record."
     },
     "in_year_value": {
      "type": [
       "object",
       "null"
      ],
      "description": "Record related to projected value for a course."
     },
     "product_source": {
      "type": "object",
      "description": "Record related to course origin."
     },
     "data_modified_timestamp": {
      "type": "string",
      "format": "date-time",
      "description": "The timestamp of the last time the course data was modified."
     },
     "watchers": {
      "type": "array",
      "items": {
       "type": "string"
      },
      "description": "The list of email addresses that will be notified if any of the course runs are published or scheduled."
     },
     "programs": {
      "type": "array",
      "items": {
       "type": "object"
      },
      "description": "Any programs that the course is part of."
     },
     "course_run_keys": {
      "type": "array",
      "items": {
       "type": "string"
      },
      "description": "The list of associated course run keys."
     },
     "editable": {
      "type": "boolean",
      "description": "Whether the course is editable."
     },
     "advertised_course_run_uuid": {
      "type": "string",
      "description": "Unique identifier of the primary advertised course run associated with the course."
     }
    },
    "required": [
     "key",
     "uuid",
     "title",
     "course_runs",
     "entitlements",
     "owners",
     "image",
     "short_description",
     "type",
     "url_slug",
     "course_type",
     "enterprise_subscription_inclusion",
     "excluded_from_seo",
     "excluded_from_search",
     "full_description",
     "level_type",
     "subjects",
     "prerequisites",
     "prerequisites_raw",
     "expected_learning_items",
     "video",
     "sponsors",
     "modified",
     "marketing_url",
     "syllabus_raw",
     "outcome",
     "original_image",
     "card_image_url",
     "canonical_course_run_key",
     "extra_description",
     "additional_information",
     "additional_metadata",
     "faq",
     "learner_testimonials",
     "enrollment_count",
     "recent_enrollment_count",
     "topics",
     "key_for_reruns",
     "url_slug_history",
     "url_redirects",
     "course_run_statuses",
     "editors",
     "collaborators",
     "skill_names",
     "skills",
     "organization_short_code_override",
     "organization_logo_override_url",
     "location_restriction",
     "in_year_value",
     "product_source",
     "data_modified_timestamp",
     "watchers",
     "programs",
     "course_run_keys",
     "editable",
     "advertised_course_run_uuid",
     "enrollment_url"
    ],
    "x-rstapi-required-from": "examples"
   },
   "CourseRun": {
    "type": "object",
    "properties": {
     "key": {
      "type": "string",
      "description": "An identifier for the course run. For example, `course-v1:RITx+PM9003x`."
     },
     "uuid": {
      "type": "string",
      "description": "The unique identifier for the course run. Example: `0dbd8181-8866-47fc...`"
     },
     "title": {
      "type": "string",
      "description": "The title of the content item. For example, \"Introduction to Plasma Physics\"."
     },
     "external_key": {
      "type": [
       "string",
       "null"
      ],
      "description": "Content item unique identifying key external to the edX platform."
     },
     "image": {
      "type": "object",
      "description": "The About page image for the course."
     },
     "short_description": {
      "type": "string",
      "description": "The short description of the content item and its content."
     },
     "marketing_url": {
      "type": "string",
      "description": "The URL for the course About page."
     },
     "seats": {
      "type": "array",
      "items": {
       "type": "object"
      },
      "description": "List of seat records available for enrollment for the course run."
     },
     "start": {
      "type": "string",
      "format": "date-time",
      "description": "The start date for the content item."
     },
     "end": {
      "type": "string",
      "format": "date-time",
      "description": "The end date of the course run."
     },
     "go_live_date": {
      "type": "string",
      "format": "date-time",
      "description": "Datetime when the course run will go live"
     },
     "enrollment_start": {
      "type": [
       "string",
       "null"
      ],
      "format": "date-time",
      "description": "The first date and time when this course run is open for learners to enroll. Learners cannot enroll before this date and time."
     },
     "enrollment_end": {
      "type": [
       "string",
       "null"
      ],
      "format": "date-time",
      "description": "The last date and time when this course run is open for learners to enroll. Learners cannot enroll after this date and time."
     },
     "weeks_to_complete": {
      "type": "integer",
      "description": "The number of weeks required to complete the content item."
     },
     "pacing_type": {
      "type": "string",
      "description": "The pacing of the course. May be `self-paced` or `instructor-paced`.",
      "enum": [
       "instructor_paced",
       "self_paced"
      ]
     },
     "type": {
      "type": [
       "string",
       "null"
      ],
      "enum": [
       "verified",
       "professional",
       "audit",
       null
      ],
      "description": "Typing for the course. One of `verified`, `professional`, `audit`."
     },
     "status": {
      "type": "string",
      "description": "String representation of the course run status. Example: `published`"
     },
     "is_enrollable": {
      "type": "boolean",
      "description": "Whether the course run is currently enrollable."
     },
     "is_marketable": {
      "type": "boolean",
      "description": "Whether the course run is specified as marketable."
     },
     "availability": {
      "type": "string",
      "enum": [
       "Current",
       "Upcoming"
      ],
      "description": "One of `Current`, `Upcoming`."
     },
     "variant_id": {
      "type": [
       "string",
       "null"
      ],
      "description": "The UUID for a product variant."
     },
     "course": {
      "type": "string",
      "description": "Course unique key associated with the course run. Example: `HarvardX+FIH`"
     },
     "full_description": {
      "type": "string",
      "description": "The long description of the course and its content."
     },
     "announcement": {
      "type": "string",
      "format": "date-time",
      "description": "Datetime when the most recent course run announcement was released."
     },
     "video": {
      "type": [
       "object",
       "null"
      ],
      "description": "The course About video record."
     },
     "content_language": {
      "type": "string",
      "description": "Shortened representation of course run language. Example: `en-us`"
     },
     "license": {
      "type": "string",
      "description": "The license associated with the course run"
     },
     "outcome": {
      "type": "string",
      "description": "HTML element for what learners will learn from the course."
     },
     "transcript_languages": {
      "type": "array",
      "items": {
       "type": "string"
      },
      "description": "The languages for which video transcripts are available."
     },
     "instructors": {
      "type": "array",
      "items": {
       "type": "object"
      },
      "description": "Instructor users associated with the course run."
     },
     "staff": {
      "type": "array",
      "items": {
       "type": "object"
      },
      "description": "Staff users associated with the course run."
     },
     "min_effort": {
      "type": "integer",
      "description": "The minimum number of estimated hours of effort per week."
     },
     "max_effort": {
      "type": "integer",
      "description": "The maximum number of estimated hours of effort per week."
     },
     "modified": {
      "type": "string",
      "format": "date-time",
      "description": "Datetime string of the last time the content in the courserun was updated."
     },
     "level_type": {
      "type": "string",
      "description": "The course's level of difficulty. Can be one of `high_school`, `introductory`, `intermediate`, or `advanced`.",
      "enum": [
       "Introductory",
       "Intermediate",
       "Advanced",
       "High School"
      ]
     },
     "mobile_available": {
      "type": "boolean",
      "description": "Whether the content item is available for mobile devices."
     },
     "hidden": {
      "type": "boolean",
      "description": "Whether the course run has been hidden by the authors or administrators."
     },
     "reporting_type": {
      "type": "string",
      "description": "Reporting type designated for the course. Example: `mooc`."
     },
     "eligible_for_financial_aid": {
      "type": "boolean",
      "description": "Whether the course run is eligible for financial aid to a learner."
     },
     "first_enrollable_paid_seat_price": {
      "type": [
       "integer",
       "null"
      ],
      "description": "Available seat price for enrollment in the course."
     },
     "has_ofac_restrictions": {
      "type": "boolean",
      "description": "Whether the course run has OFAC restrictions, i.e. geographical restrictions as to where the course run can be sold."
     },
     "ofac_comment": {
      "type": "string",
      "description": "Additional information on ofac restrictions relating to the course run."
     },
     "enrollment_count": {
      "type": "integer",
      "description": "Total number of learners who have enrolled in this course run."
     },
     "recent_enrollment_count": {
      "type": "integer",
      "description": "Total number of learners who have enrolled in this course run in the last 6 months."
     },
     "expected_program_type": {
      "type": [
       "object",
       "null"
      ],
      "description": "Designated program type record for the course run."
     },
     "expected_program_name": {
      "type": "string",
      "description": "Designated expected program name for the course run."
     },
     "course_uuid": {
      "type": "string",
      "description": "The UUID of the course object associated with the course run."
     },
     "estimated_hours": {
      "type": "number",
      "description": "Estimated number of hours it takes to complete the course."
     },
     "content_language_search_facet_name": {
      "type": "string",
      "description": "The language associated with the course run that is indexed for search throughout the platform."
     },
     "enterprise_subscription_inclusion": {
      "type": "boolean",
      "description": "Signifies whether the course run is included in the Enterprise Subscription catalog."
     },
     "programs": {
      "type": "array",
      "items": {
       "type": "object"
      },
      "description": "An array of programs that the course run is associated with."
     },
     "enrollment_url": {
      "type": "string",
      "description": "The URL for the enrollment page."
     }
    },
    "required": [
     "key",
     "uuid",
     "title",
     "external_key",
     "image",
     "short_description",
     "marketing_url",
     "seats",
     "start",
     "end",
     "go_live_date",
     "enrollment_start",
     "enrollment_end",
     "weeks_to_complete",
     "pacing_type",
     "type",
     "status",
     "is_enrollable",
     "is_marketable",
     "availability",
     "variant_id",
     "course",
     "full_description",
     "announcement",
     "video",
     "content_language",
     "license",
     "outcome",
     "transcript_languages",
     "instructors",
     "staff",
     "min_effort",
     "max_effort",
     "modified",
     "level_type",
     "mobile_available",
     "hidden",
     "reporting_type",
     "eligible_for_financial_aid",
     "first_enrollable_paid_seat_price",
     "has_ofac_restrictions",
     "ofac_comment",
     "enrollment_count",
     "recent_enrollment_count",
     "expected_program_type",
     "expected_program_name",
     "course_uuid",
     "estimated_hours",
     "content_language_search_facet_name",
     "enterprise_subscription_inclusion",
     "enrollment_url"
    ],
    "x-rstapi-required-from": "examples"
   },
   "Program": {
    "type": "object",
    "description": "A program is a collection of related courses.",
    "properties": {
     "uuid": {
      "type": "string",
      "description": "The unique identifier for the program."
     },
     "title": {
      "type": "string",
      "description": "The title of the program. For example, \"MicroMasters: Plasma Physics\"."
     },
     "subtitle": {
      "type": "string",
      "description": "A subtitle for the program."
     },
     "type": {
      "type": "string",
      "enum": [
       "Professional Certificate",
       "XSeries",
       "MicroMasters",
       "Masters"
      ],
      "description": "The program type. One of `Professional Certificate`, `XSeries`, or `MicroMasters`."
     },
     "type_attrs": {
      "type": "object",
      "description": "The object representation of the type record associated with the program"
     },
     "status": {
      "type": "string",
      "description": "String representation of the program status. Example: `published`"
     },
     "marketing_slug": {
      "type": "string",
      "description": "The slug used in the marketing URL related to the program."
     },
     "marketing_url": {
      "type": "string",
      "description": "The full url string related to the marketing URL for the program."
     },
     "banner_image": {
      "type": "object",
      "description": "The banner image record relating to the program"
     },
     "hidden": {
      "type": "boolean",
      "description": "Whether the program has been hidden by the authors or administrators."
     },
     "courses": {
      "type": "array",
      "items": {
       "type": "object"
      },
      "description": "List of course records that are offered by the program."
     },
     "authoring_organizations": {
      "type": "array",
      "items": {
       "type": "object"
      },
      "description": "List of organizations records responsible for authoring the courses within the program."
     },
     "card_image_url": {
      "type": "string",
      "description": "The URL of an image that represents the program."
     },
     "is_program_eligible_for_one_click_purchase": {
      "type": "boolean",
      "description": "Whether learners can purchase the program with a single click."
     },
     "degree": {
      "type": "object",
      "description": "The degree record associated with the program."
     },
     "curricula": {
      "type": "array",
      "items": {
       "type": "object"
      },
      "description": "Curricula items related to the program."
     },
     "marketing_hook": {
      "type": "string",
      "description": "Marketing hook written for the program."
     },
     "total_hours_of_effort": {
      "type": [
       "integer",
       "null"
      ],
      "description": "Total number of hours estimated to take in order to complete the program."
     },
     "recent_enrollment_count": {
      "type": "integer",
      "description": "Total number of learners who have enrolled in program in the last 6 months."
     },
     "organization_short_code_override": {
      "type": "string",
      "description": "Organization short code overwritten string."
     },
     "organization_logo_override_url": {
      "type": [
       "string",
       "null"
      ],
      "description": "Organization logo url overwritten."
     },
     "primary_subject_override": {
      "type": "object",
      "description": "Subject record override for the program."
     },
     "level_type_override": {
      "type": "object",
      "description": "Level type record override for the program."
     },
     "language_override": {
      "type": "string",
      "description": "Language record override for the program."
     },
     "labels": {
      "type": "array",
      "items": {
       "type": "string"
      },
      "description": "List of labels for the courses in the program."
     },
     "taxi_form": {
      "type": [
       "object",
       "null"
      ],
      "description": "Represents the data needed for a single Taxi (2U form library) lead capture form."
     },
     "program_duration_override": {
      "type": [
       "integer",
       "null"
      ],
      "description": "Override value for the program duration."
     },
     "data_modified_timestamp": {
      "type": "string",
      "format": "date-time",
      "description": "The timestamp of the last time the program data was modified."
     },
     "excluded_from_search": {
      "type": "boolean",
      "description": "Whether or not the content is searchable by the various enterprise program search tools."
     },
     "excluded_from_seo": {
      "type": "boolean",
      "description": "Whether the program should be excluded from the edX SEO."
     },
     "has_ofac_restrictions": {
      "type": [
       "boolean",
       "null"
      ],
      "description": "Whether the program and program content has OFAC restrictions, i.e. geographical restrictions as to where the course run can be sold."
     },
     "ofac_comment": {
      "type": "string",
      "description": "Additional information on OFAC restrictions relating to the course run."
     },
     "overview": {
      "type": "string",
      "description": "Overview text surrounding the program."
     },
     "weeks_to_complete": {
      "type": [
       "integer",
       "null"
      ],
      "description": "The estimated number of weeks required to complete the program."
     },
     "weeks_to_complete_max": {
      "type": [
       "integer",
       "null"
      ],
      "description": "The maximum number of estimated weeks required to complete the program."
     },
     "weeks_to_complete_min": {
      "type": [
       "integer",
       "null"
      ],
      "description": "The minimum number of estimated weeks required to complete the program."
     },
     "min_hours_effort_per_week": {
      "type": [
       "integer",
       "null"
      ],
      "description": "The minimum number of estimated hours of effort per week."
     },
     "max_hours_effort_per_week": {
      "type": [
       "integer",
       "null"
      ],
      "description": "The maximum number of estimated hours of effort per week."
     },
     "video": {
      "type": [
       "object",
       "null"
      ],
      "description": "The program About video record."
     },
     "expected_learning_items": {
      "type": "array",
      "items": {
       "type": "object"
      },
      "description": "Elements of the course learning items records."
     },
     "faq": {
      "type": "array",
      "items": {
       "type": "string"
      },
      "description": "List of HTML representations of the course FAQ sections under the program."
     },
     "credit_backing_organizations": {
      "type": "array",
      "items": {
       "type": "object"
      },
      "description": "List of organization records associated with the credit earned by the program."
     },
     "corporate_endorsements": {
      "type": "array",
      "items": {
       "type": "object"
      },
      "description": "List of endorsement records associated with the program."
     },
     "job_outlook_items": {
      "type": "array",
      "items": {
       "type": "object"
      },
      "description": "Job outlook records associated with the program."
     },
     "individual_endorsements": {
      "type": "array",
      "items": {
       "type": "object"
      },
      "description": "List of endorsement records associated with the program."
     },
     "languages": {
      "type": "array",
      "items": {
       "type": "string"
      },
      "description": "List of languages used in the program."
     },
     "transcript_languages": {
      "type": "array",
      "items": {
       "type": "string"
      },
      "description": "List of languages used in the program's transcripts."
     },
     "subjects": {
      "type": "array",
      "items": {
       "type": "object"
      },
      "description": "The academic subjects that the program covers."
     },
     "price_ranges": {
      "type": "array",
      "items": {
       "type": "integer"
      },
      "description": "Price ranges for the program."
     },
     "staff": {
      "type": "array",
      "items": {
       "type": "object"
      },
      "description": "Staff users associated with the course run."
     },
     "credit_redemption_overview": {
      "type": [
       "object",
       "null"
      ],
      "description": "Redemption overview record associated with the program."
     },
     "applicable_seat_types": {
      "type": "array",
      "items": {
       "type": "string"
      },
      "description": "Array of string representation of the different seat types offered by the program."
     },
     "instructor_ordering": {
      "type": "array",
      "items": {
       "type": "object"
      },
      "description": "Ordered instructor records associated with the programs."
     },
     "enrollment_count": {
      "type": "integer",
      "description": "Total number of learners who have enrolled in this program."
     },
     "topics": {
      "type": "array",
      "items": {
       "type": "object"
      },
      "description": "List of topic records related to the program."
     },
     "credit_value": {
      "type": "integer",
      "description": "The total credit value for the program."
     },
     "enterprise_subscription_inclusion": {
      "type": "boolean",
      "description": "Whether the program is tagged to be included in the enterprise subscription package."
     },
     "geolocation": {
      "type": [
       "object",
       "null"
      ],
      "description": "Geographic location for the course, if one exists."
     },
     "location_restriction": {
      "type": [
       "object",
       "null"
      ],
      "description": "Course location restriction record."
     },
     "is_2u_degree_program": {
      "type": "boolean",
      "description": "Whether or not the program is a 2u degree program."
     },
     "in_year_value": {
      "type": [
       "object",
       "null"
      ],
      "description": "Record related to projected value for a course."
     },
     "skill_names": {
      "type": "array",
      "items": {
       "type": "string"
      },
      "description": "List of skill names associated with the program."
     },
     "skills": {
      "type": "array",
      "items": {
       "type": "object"
      },
      "description": "List of skill records associated with the program."
     },
     "product_source": {
      "type": "object",
      "description": "Product source record associated with the program."
     },
     "subscription_eligible": {
      "type": [
       "boolean",
       "null"
      ],
      "description": "Whether the program is eligible for subscriptions."
     },
     "subscription_prices": {
      "type": "array",
      "items": {
       "type": "integer"
      },
      "description": "List of subscription prices for the program."
     },
     "enrollment_url": {
      "type": "string",
      "description": "The URL for the enrollment page."
     }
    },
    "required": [
     "uuid",
     "title",
     "subtitle",
     "type",
     "type_attrs",
     "status",
     "marketing_slug",
     "marketing_url",
     "banner_image",
     "hidden",
     "courses",
     "authoring_organizations",
     "card_image_url",
     "is_program_eligible_for_one_click_purchase",
     "degree",
     "curricula",
     "marketing_hook",
     "total_hours_of_effort",
     "recent_enrollment_count",
     "organization_short_code_override",
     "organization_logo_override_url",
     "primary_subject_override",
     "level_type_override",
     "language_override",
     "labels",
     "taxi_form",
     "program_duration_override",
     "data_modified_timestamp",
     "excluded_from_search",
     "excluded_from_seo",
     "has_ofac_restrictions",
     "ofac_comment",
     "overview",
     "weeks_to_complete",
     "weeks_to_complete_max",
     "weeks_to_complete_min",
     "min_hours_effort_per_week",
     "max_hours_effort_per_week",
     "video",
     "expected_learning_items",
     "faq",
     "credit_backing_organizations",
     "corporate_endorsements",
     "job_outlook_items",
     "individual_endorsements",
     "languages",
     "transcript_languages",
     "subjects",
     "price_ranges",
     "staff",
     "credit_redemption_overview",
     "applicable_seat_types",
     "instructor_ordering",
     "enrollment_count",
     "topics",
     "credit_value",
     "enterprise_subscription_inclusion",
     "location_restriction",
     "is_2u_degree_program",
     "in_year_value",
     "skill_names",
     "skills",
     "product_source",
     "subscription_eligible",
     "subscription_prices",
     "enrollment_url"
    ],
    "x-rstapi-required-from": "examples"
   },
   "AllocatePolicyAllocationRequest": {
    "type": "object",
    "properties": {
     "learner_emails": {
      "type": "array",
      "items": {
       "type": "string",
       "format": "email"
      },
      "description": "Learner emails to whom assignment should be allocated.",
      "minItems": 1
     },
     "content_key": {
      "type": "string",
      "description": "Course content_key to which these learners are assigned."
     },
     "content_price_cents": {
      "type": "integer",
      "minimum": 0,
      "description": "The price, in USD cents, of this content at the time of allocation. Must be >= 0."
     }
    },
    "required": [
     "learner_emails",
     "content_key",
     "content_price_cents"
    ]
   },
   "AllocatePolicyAllocationResponse": {
    "type": "object",
    "properties": {
     "updated": {
      "description": "Assignment records whose state was transitioned to \"allocated\" as a result of this action.",
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Assignment"
      }
     },
     "created": {
      "description": "New assignment records that were created as a result of this action.",
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Assignment"
      }
     },
     "no_change": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Assignment"
      },
      "description": "Already-allocated assignment records related to the requested policy, learner email(s), and content for this action."
     }
    },
    "required": [
     "updated",
     "created",
     "no_change"
    ],
    "x-rstapi-required-from": "examples"
   },
   "RemindAssignmentConfigurationsAdminAssignmentsRequest": {
    "type": "object",
    "properties": {
     "assignment_uuids": {
      "type": "array",
      "items": {
       "type": "string"
      },
      "description": "List of assignment UUIDs for the learners that need to be reminded of, associated with the assignment configuration UUID specified in the URL.",
      "minItems": 1
     }
    },
    "required": [
     "assignment_uuids"
    ]
   },
   "CancelAssignmentConfigurationsAdminAssignmentsRequest": {
    "type": "object",
    "properties": {
     "assignment_uuids": {
      "type": "array",
      "items": {
       "type": "string"
      },
      "description": "List of assignment UUIDs for the learners that need to be canceled, associated with the assignment configuration UUID specified in the URL.",
      "minItems": 1
     }
    },
    "required": [
     "assignment_uuids"
    ]
   },
   "SubscriptionPlan": {
    "type": "object",
    "properties": {
     "title": {
      "type": "string",
      "description": "The title of the subscription plan."
     },
     "uuid": {
      "type": "string",
      "description": "A unique identifier for the subscription plan."
     },
     "start_date": {
      "type": "string",
      "description": "Datetime string of the start date of the subscription plan."
     },
     "expiration_date": {
      "type": "string",
      "description": "Datetime string of the expiration date of the subscription plan."
     },
     "enterprise_customer_uuid": {
      "type": "string",
      "description": "The customer's unique identifier linked to the subscription plan."
     },
     "enterprise_catalog_uuid": {
      "type": "string",
      "description": "The catalog's unique identifier linked to the subscription plan."
     },
     "is_active": {
      "type": [
       "boolean",
       "null"
      ],
      "description": "Whether or not the subscription plan is active."
     },
     "is_revocation_cap_enabled": {
      "type": [
       "boolean",
       "null"
      ],
      "description": "Whether or not the subscription plan allows the revocation of licenses."
     },
     "days_until_expiration": {
      "type": "integer",
      "description": "The number of days until the subscription plan expires."
     },
     "days_until_expiration_including_renewals": {
      "type": "integer",
      "description": "The number of days until the subscription plan expires, including renewals."
     },
     "is_locked_for_renewal_processing": {
      "type": [
       "boolean",
       "null"
      ],
      "description": "Whether or not the subscription plan is locked for renewal processing."
     },
     "should_auto_apply_licenses": {
      "type": [
       "boolean",
       "null"
      ],
      "description": "Whether or not the subscription plan should automatically apply licenses."
     },
     "licenses": {
      "type": "object",
      "description": "The details about the licenses in the subscription plan.",
      "properties": {
       "activated": {
        "type": "integer"
       },
       "assigned": {
        "type": "integer"
       },
       "unassigned": {
        "type": "integer"
       },
       "revoked": {
        "type": "integer"
       },
       "total": {
        "type": "integer"
       },
       "allocated": {
        "type": "integer"
       }
      }
     },
     "revocations": {
      "description": "The details about the revocations in the subscription plan.",
      "type": [
       "object",
       "null"
      ],
      "properties": {
       "total": {
        "type": "integer"
       },
       "used": {
        "type": "integer"
       },
       "remaining": {
        "type": "integer"
       }
      }
     },
     "prior_renewals": {
      "type": "array",
      "items": {
       "type": "object"
      },
      "description": "The details about the prior renewals in the subscription plan."
     }
    },
    "required": [
     "title",
     "uuid",
     "start_date",
     "expiration_date",
     "enterprise_customer_uuid",
     "enterprise_catalog_uuid",
     "is_active",
     "is_revocation_cap_enabled",
     "days_until_expiration",
     "days_until_expiration_including_renewals",
     "is_locked_for_renewal_processing",
     "should_auto_apply_licenses",
     "licenses",
     "revocations",
     "prior_renewals"
    ],
    "x-rstapi-required-from": "examples"
   },
   "ListSubscriptionsResponse": {
    "type": "object",
    "properties": {
     "count": {
      "type": "integer",
      "description": "The number of subscription plans."
     },
     "next": {
      "type": [
       "string",
       "null"
      ],
      "description": "The URL for the next page of results."
     },
     "previous": {
      "type": [
       "string",
       "null"
      ],
      "description": "The URL for the previous page of results."
     },
     "results": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/SubscriptionPlan"
      },
      "description": "A list of subscription plans."
     }
    },
    "required": [
     "count",
     "next",
     "previous",
     "results"
    ],
    "x-rstapi-required-from": "examples"
   },
   "AssignSubscriptionsLicensesRequest": {
    "type": "object",
    "properties": {
     "user_emails": {
      "type": "array",
      "items": {
       "type": "string",
       "format": "email"
      },
      "description": "A list of user emails to assign licenses to.",
      "minItems": 1
     },
     "user_sfids": {
      "type": "array",
      "items": {
       "type": "string"
      },
      "description": "A list of user Salesforce ids."
     },
     "greeting": {
      "type": "string",
      "description": "An opening body that will be added at the start of email if users are supposed to be notified of their assignment."
     },
     "closing": {
      "type": "string",
      "description": "A closing body that will be added at the bottom of email."
     },
     "notify_users": {
      "type": "boolean",
      "description": "To specify if learners should be notified after assignment."
     }
    },
    "required": [
     "user_emails"
    ]
   },
   "AssignSubscriptionsLicensesResponse": {
    "type": "object",
    "properties": {
     "num_successful_assignments": {
      "type": "integer",
      "description": "Number of successful license assignments for given learners."
     },
     "num_already_associated": {
      "type": "integer",
      "description": "Number of users that have already been associated with a non-revoked license in the given subscription."
     },
     "license_assignments": {
      "type": "array",
      "items": {
       "type": "object"
      },
      "description": "A list of objects where each object holds a pair of user email and license uuid for successful assignments."
     }
    },
    "required": [
     "num_successful_assignments",
     "num_already_associated",
     "license_assignments"
    ],
    "x-rstapi-required-from": "examples"
   },
   "BulkRevokeSubscriptionsLicensesRequest": {
    "type": "object",
    "properties": {
     "user_emails": {
      "type": "array",
      "items": {
       "type": "string",
       "format": "email"
      },
      "description": "List of emails with which licenses are associated."
     },
     "filters": {
      "type": "array",
      "items": {
       "type": "object",
       "properties": {
        "user_email": {
         "type": "string",
         "description": "A part of the learner email to match."
        },
        "status_in": {
         "type": "array",
         "items": {
          "type": "string",
          "enum": [
           "activated",
           "assigned",
           "unassigned",
           "revoked"
          ]
         }
        }
       }
      },
      "description": "A list of objects that either hold user email value for lookup or a list of valid statuses of license for filtering. A request must either provide `user_email` or `filters`, but not both. Valid values for statuses are: `activated`, `assigned`, `unassigned`, and `revoked`."
     }
    },
    "not": {
     "required": [
      "user_emails",
      "filters"
     ]
    },
    "anyOf": [
     {
      "required": [
       "user_emails"
      ]
     },
     {
      "required": [
       "filters"
      ]
     }
    ]
   },
   "CreateBulkLicenseEnrollmentRequest": {
    "type": "object",
    "properties": {
     "emails": {
      "type": "array",
      "items": {
       "type": "string",
       "format": "email"
      },
      "maxItems": 1000,
      "description": "List of learner emails to bulk enroll in given list of courses. Limit is `1000` learners + course keys."
     },
     "course_run_keys": {
      "type": "array",
      "items": {
       "type": "string"
      },
      "description": "List of course keys."
     },
     "notify": {
      "type": "boolean",
      "description": "Notify users about the enrollment."
     }
    },
    "required": [
     "emails",
     "course_run_keys"
    ]
   },
   "ListEnterpriseCatalogsResultsItem": {
    "type": "object",
    "properties": {
     "uuid": {
      "type": "string",
      "description": "A unique identifier for the catalog."
     },
     "title": {
      "type": "string",
      "description": "The name that describes the catalog."
     },
     "enterprise_customer": {
      "type": "string",
      "description": "The customer's unique identifier links to a catalog."
     },
     "catalog_query_uuid": {
      "type": "string",
      "description": "A unique identifier for the catalog query."
     },
     "content_last_modified": {
      "type": "string",
      "description": "Datetime string of the last time the content in the catalog was updated."
     },
     "catalog_modified": {
      "type": "string",
      "description": "Datetime string of the last time the catalog was modified."
     },
     "query_title": {
      "type": "string",
      "description": "The string title of the query used by the catalog."
     },
     "include_exec_ed_2u_courses": {
      "type": [
       "boolean",
       "null"
      ],
      "description": "Whether or not the catalog allows the linking of Executive Education content."
     }
    }
   },
   "ListEnterpriseCatalogsResponse": {
    "type": "object",
    "properties": {
     "count": {
      "type": "integer",
      "description": "The number of courses in the catalog."
     },
     "next": {
      "type": [
       "string",
       "null"
      ],
      "description": "The URL for the next page of results."
     },
     "previous": {
      "type": [
       "string",
       "null"
      ],
      "description": "The URL for the previous page of results."
     },
     "results": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/ListEnterpriseCatalogsResultsItem"
      },
      "description": "A list of content items in the catalog."
     }
    }
   },
   "GetEnterpriseCatalogsResponse": {
    "type": "object",
    "properties": {
     "count": {
      "type": "integer",
      "description": "The number of courses in the catalog."
     },
     "next": {
      "type": [
       "string",
       "null"
      ],
      "description": "The URL for the next page of results."
     },
     "previous": {
      "type": [
       "string",
       "null"
      ],
      "description": "The URL for the previous page of results."
     },
     "results": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Course"
      },
      "description": "A list of content items in the catalog."
     }
    },
    "required": [
     "count",
     "next",
     "previous",
     "results"
    ],
    "x-rstapi-required-from": "examples"
   },
   "ListEnterpriseCustomerLearnerSummaryResponse": {
    "type": "object",
    "properties": {
     "is_consent_granted": {
      "type": "boolean",
      "description": "Whether the learner has granted consent for edX to share information about their course enrollment and progress with the enterprise."
     },
     "amount_learner_paid": {
      "type": "string",
      "format": "decimal",
      "pattern": "^-?\\d+(?:\\.\\d+)?$",
      "description": "The amount the learner paid towards the enrollment, if any."
     },
     "contract_id": {
      "type": "string",
      "description": "A unique identifier for the contract that this enrollment is associated with."
     },
     "coupon_code": {
      "type": "string",
      "description": "The enrollment code string used by the learner to enroll in their course. (Not applicable for Subscriptions or Offers)."
     },
     "coupon_name": {
      "type": "string",
      "description": "The name of the enrollment code batch used by the learner to enroll in their course. (Not applicable for Subscriptions or Offers)."
     },
     "course_api_url": {
      "type": "string",
      "description": "The complete url for the course when using the edX API Retrieve Course Metadata endpoint."
     },
     "course_duration": {
      "type": "integer",
      "description": "The duration in weeks, for instructor-paced courses, or the expected duration for self-paced courses."
     },
     "course_end": {
      "type": "string",
      "format": "date",
      "description": "The date the course ends, in YYYY-MM-DD format. This is the last date on which learners can submit answers or assessments, or otherwise be credited with completion of a course subsection."
     },
     "course_key": {
      "type": "string",
      "description": "The unique identifier for the overall course."
     },
     "course_list_price": {
      "type": "string",
      "format": "decimal",
      "pattern": "^-?\\d+(?:\\.\\d+)?$",
      "description": "The original price of the course, before any discount were applied."
     },
     "course_max_effort": {
      "type": "integer",
      "description": "The estimated maximum effort required by the course, in hours per week."
     },
     "course_min_effort": {
      "type": "integer",
      "description": "The estimated minimum effort required by the course, in hours per week."
     },
     "course_pacing_type": {
      "type": "string",
      "description": "Whether the course is self-paced or instructor-paced."
     },
     "course_primary_program": {
      "type": "string",
      "description": "The primary program a course belongs to. (Not applicable to courses that aren't part of a program)."
     },
     "course_primary_subject": {
      "type": "string",
      "description": "The subject category this course falls under when searching on edX.org."
     },
     "course_start": {
      "type": "string",
      "format": "date",
      "description": "The date when the course begins, in YYYY-MM-DD format. This is the date when course content is available for learners to interact with. In most cases, learners can enroll in the course before the `course_start` date."
     },
     "course_title": {
      "type": "string",
      "description": "The title of the edX course."
     },
     "courserun_key": {
      "type": "string",
      "description": "The unique identifier for the individual courserun."
     },
     "created": {
      "type": "string",
      "format": "date-time",
      "description": "The date and time the learner progress report was last updated."
     },
     "current_grade": {
      "type": "string",
      "format": "decimal",
      "pattern": "^-?\\d+(?:\\.\\d+)?$",
      "description": "The learner's current grade, which will update as the learner proceeds through the course."
     },
     "enrollment_date": {
      "type": "string",
      "format": "date",
      "description": "The date, YYYY-MM-DD, the learner enrolled in the course."
     },
     "enrollment_id": {
      "type": "integer",
      "description": "A unique identifier for this enrollment."
     },
     "enterprise_customer_uuid": {
      "type": "string",
      "description": "The enterprise account ID assigned by edX."
     },
     "enterprise_enrollment_id": {
      "type": "integer",
      "description": "A unique identifier for this enrollment, specific to enterprise enrollments."
     },
     "enterprise_name": {
      "type": "string",
      "description": "The enterprise account name."
     },
     "enterprise_sso_uid": {
      "type": "string",
      "description": "The learner’s user ID in the enterprise’s Identity Provider. (Only applicable for customers using Single Sign On)."
     },
     "enterprise_user_id": {
      "type": "integer",
      "description": "The learner’s ID assigned by edX."
     },
     "has_passed": {
      "type": "boolean",
      "description": "Whether or not the learner has passed this course."
     },
     "is_refunded": {
      "type": "boolean",
      "description": "Whether or not the learner received a refund on their enrollment."
     },
     "last_activity_date": {
      "type": "string",
      "format": "date",
      "description": "The most recent date, YYYY-MM-DD,the learner was active in an edX."
     },
     "letter_grade": {
      "type": "string",
      "description": "The learner's letter grade, if they have passed the course."
     },
     "offer_name": {
      "type": "string",
      "description": "The offer ID used by the learner to enroll in their course. (Not applicable for Subscriptions or Codes)."
     },
     "offer_type": {
      "type": "string",
      "description": "The offer type and discount percentage used by the learner to enroll in their course. (Not applicable for Subscriptions or Codes)."
     },
     "paid_by": {
      "type": "string",
      "description": "Whether the enrollment was paid for by the enterprise, the learner, or a third party."
     },
     "passed_date": {
      "type": "string",
      "format": "date",
      "description": "The date, YYYY-MM-DD, the learner passed the course."
     },
     "progress_status": {
      "type": "string",
      "enum": [
       "Failed",
       "In Progress",
       "Passed"
      ],
      "description": "Whether the learner is still working on the course, has passed, or has failed. Possible values are: Failed, In Progress, Passed."
     },
     "seat_delivery_method": {
      "type": "string",
      "description": "The type of subsidy used by the learner to enroll in their course."
     },
     "unenrollment_date": {
      "type": "string",
      "format": "date",
      "description": "The date,YYYY-MM-DD, the learner unenrolled from the course."
     },
     "unenrollment_end_within_date": {
      "type": "string",
      "format": "date",
      "description": "The date ,YYYY-MM-DD, the learner must unenroll by, in order to receive a refund on the enrollment. This date is traditionally 14 days from the enrollment date or the course start date, whichever is later."
     },
     "user_account_creation_date": {
      "type": "string",
      "format": "date-time",
      "description": "The date and time when the learner’s account was created in the edx.org LMS."
     },
     "user_country": {
      "type": "string",
      "description": "A two-letter country code."
     },
     "user_current_enrollment_mode": {
      "type": "string",
      "description": "The learner’s current enrollment mode in the course."
     },
     "user_email": {
      "type": "string",
      "description": "The learner’s email address."
     },
     "user_username": {
      "type": "string",
      "description": "The learner’s username on edx.org."
     }
    }
   },
   "CreateBulkLicenseEnrollmentResponse": {
    "type": "object",
    "properties": {
     "job_id": {
      "type": "string"
     }
    },
    "description": "Inferred from the example; the reference has no field table for it."
   },
   "Error": {
    "type": "object",
    "description": "The one error shape every error response uses.",
    "required": [
     "error"
    ],
    "properties": {
     "error": {
      "type": "string",
      "description": "What went wrong, in one sentence."
     },
     "detail": {
      "type": "string",
      "description": "More about the problem."
     },
     "hint": {
      "type": "string",
      "description": "How to fix the request."
     },
     "problems": {
      "type": "array",
      "description": "Each invalid part of the request.",
      "items": {
       "type": "object",
       "required": [
        "pointer",
        "rule",
        "message"
       ],
       "properties": {
        "pointer": {
         "type": "string",
         "description": "JSON pointer into the request (/body/..., /query/..., /path/...)."
        },
        "rule": {
         "type": "string",
         "description": "The schema rule that was broken (type, required, enum, minimum ...)."
        },
        "message": {
         "type": "string"
        }
       }
      }
     }
    }
   },
   "AccessTokenRequest": {
    "type": "object",
    "required": [
     "grant_type",
     "client_id",
     "client_secret"
    ],
    "properties": {
     "grant_type": {
      "type": "string",
      "enum": [
       "client_credentials"
      ]
     },
     "client_id": {
      "type": "string"
     },
     "client_secret": {
      "type": "string"
     },
     "token_type": {
      "type": "string",
      "enum": [
       "jwt"
      ],
      "default": "jwt"
     }
    }
   },
   "AccessToken": {
    "type": "object",
    "required": [
     "access_token",
     "token_type",
     "expires_in"
    ],
    "properties": {
     "access_token": {
      "type": "string"
     },
     "token_type": {
      "type": "string",
      "enum": [
       "JWT"
      ]
     },
     "expires_in": {
      "type": "integer",
      "description": "Seconds until the token expires."
     },
     "scope": {
      "type": "string"
     }
    }
   },
   "Assignment": {
    "type": "object",
    "description": "A learner's content assignment (fields from the allocation example response).",
    "properties": {
     "uuid": {
      "type": "string"
     },
     "assignment_configuration": {
      "type": "string"
     },
     "learner_email": {
      "type": "string"
     },
     "lms_user_id": {
      "type": [
       "integer",
       "null"
      ]
     },
     "content_key": {
      "type": "string"
     },
     "content_title": {
      "type": [
       "string",
       "null"
      ]
     },
     "content_quantity": {
      "type": "integer",
      "description": "The negative price, in USD cents, allocated for the content."
     },
     "state": {
      "type": "string",
      "enum": [
       "allocated",
       "accepted",
       "cancelled",
       "errored",
       "expired",
       "reversed"
      ]
     },
     "transaction_uuid": {
      "type": [
       "string",
       "null"
      ]
     },
     "actions": {
      "type": "array",
      "items": {
       "type": "object"
      }
     },
     "earliest_possible_expiration": {
      "type": [
       "object",
       "null"
      ],
      "properties": {
       "date": {
        "type": "string",
        "format": "date-time"
       },
       "reason": {
        "type": "string"
       }
      }
     }
    }
   },
   "ListEnterpriseCustomerLearnerSummaryPage": {
    "type": "object",
    "description": "A page of learner-summary rows.",
    "properties": {
     "count": {
      "type": "integer",
      "description": "The number of rows."
     },
     "next": {
      "type": [
       "string",
       "null"
      ],
      "description": "The URL for the next page of results."
     },
     "previous": {
      "type": [
       "string",
       "null"
      ],
      "description": "The URL for the previous page of results."
     },
     "results": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/ListEnterpriseCustomerLearnerSummaryResponse"
      }
     }
    }
   }
  },
  "securitySchemes": {
   "JWT": {
    "type": "apiKey",
    "in": "header",
    "name": "Authorization",
    "description": "`JWT <access token>`: a token from POST /oauth2/v1/access_token (client credentials, token_type=jwt).",
    "x-rstapi-auth-prefix": "JWT"
   }
  },
  "responses": {
   "BadRequest": {
    "description": "The request is invalid; `problems` lists each invalid part.",
    "content": {
     "application/json": {
      "schema": {
       "$ref": "#/components/schemas/Error"
      }
     }
    }
   },
   "Unauthorized": {
    "description": "No valid `Authorization: JWT <token>` header.",
    "headers": {
     "WWW-Authenticate": {
      "schema": {
       "type": "string"
      }
     }
    },
    "content": {
     "application/json": {
      "schema": {
       "$ref": "#/components/schemas/Error"
      }
     }
    }
   },
   "NotFound": {
    "description": "No such resource.",
    "content": {
     "application/json": {
      "schema": {
       "$ref": "#/components/schemas/Error"
      }
     }
    }
   },
   "MethodNotAllowed": {
    "description": "The path exists but not with this method; `Allow` lists the methods it has.",
    "headers": {
     "Allow": {
      "schema": {
       "type": "string"
      }
     }
    },
    "content": {
     "application/json": {
      "schema": {
       "$ref": "#/components/schemas/Error"
      }
     }
    }
   },
   "NotAcceptable": {
    "description": "The Accept header asks for a media type the API cannot produce.",
    "content": {
     "application/json": {
      "schema": {
       "$ref": "#/components/schemas/Error"
      }
     }
    }
   },
   "PayloadTooLarge": {
    "description": "The request body is larger than the server accepts.",
    "content": {
     "application/json": {
      "schema": {
       "$ref": "#/components/schemas/Error"
      }
     }
    }
   },
   "UnsupportedMediaType": {
    "description": "The request body's Content-Type is not one the operation accepts.",
    "content": {
     "application/json": {
      "schema": {
       "$ref": "#/components/schemas/Error"
      }
     }
    }
   },
   "UnprocessableEntity": {
    "description": "The request is well-formed but cannot be carried out in the current state; `problems` names the offending parts.",
    "content": {
     "application/json": {
      "schema": {
       "$ref": "#/components/schemas/Error"
      }
     }
    }
   }
  }
 },
 "servers": [
  {
   "url": "https://api.edx.org",
   "description": "edX production API"
  }
 ],
 "security": [
  {
   "JWT": []
  }
 ]
};
