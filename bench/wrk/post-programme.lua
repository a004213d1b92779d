-- wrk script: POST a new programme (one entity row and one outbox row per request) with the bearer token in $TOKEN.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
wrk.body = '{"name":"Bench programme","direction":"OUTBOUND","fundingSource":"OWN_FUNDS","themes":["teaching"],"budgetSek":2500000}'
