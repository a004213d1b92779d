-- wrk script: GET the URL wrk was given with the bearer token in $TOKEN.
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
