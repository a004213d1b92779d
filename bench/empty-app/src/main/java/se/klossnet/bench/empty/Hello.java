package se.klossnet.bench.empty;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The one endpoint of the empty app: ./kloss bench times the start until it answers. */
@Path("/hello")
public class Hello {

    @GET
    public String hello() {
        return "hello";
    }
}
