import { describe, expect, it } from "vitest";
import { authorityOf, parseRequestTarget } from "../src/requestTarget";

describe("the form of a request target", () => {
  it("keeps an origin-form target's path and query as sent", () => {
    expect(parseRequestTarget("/a/b?q=1&r=%20")).toEqual({ form: "origin", pathname: "/a/b", search: "?q=1&r=%20" });
    expect(parseRequestTarget("/")).toEqual({ form: "origin", pathname: "/", search: "" });
  });

  it("tells the asterisk and authority forms apart from a path", () => {
    expect(parseRequestTarget("*")).toEqual({ form: "asterisk" });
    expect(parseRequestTarget("other.example:443")).toEqual({ form: "authority" });
  });

  it("splits an absolute-form target into its normalised authority and its path", () => {
    expect(parseRequestTarget("http://Other.Example/x/?y=1")).toEqual({
      form: "absolute",
      authority: "other.example",
      pathname: "/x/",
      search: "?y=1",
    });
    expect(parseRequestTarget("https://site.example:443")).toEqual({
      form: "absolute",
      authority: "site.example",
      pathname: "/",
      search: "",
    });
    expect(parseRequestTarget("http://127.0.0.1:3000?q")).toMatchObject({
      authority: "127.0.0.1:3000",
      pathname: "/",
      search: "?q",
    });
  });

  it("refuses user information, an empty host and malformed percent-escapes", () => {
    expect(parseRequestTarget("http://user:pw@site.example/").form).toBe("invalid");
    expect(parseRequestTarget("http:///x").form).toBe("invalid");
    expect(parseRequestTarget("/%E0%A4%A").form).toBe("invalid");
    expect(parseRequestTarget("http://site.example/%ZZ").form).toBe("invalid");
    expect(parseRequestTarget("index.html").form).toBe("invalid");
  });

  it("does not judge a query's escapes: the application reads those", () => {
    expect(parseRequestTarget("/search?q=%ZZ").form).toBe("origin");
  });
});

describe("the authority of an origin", () => {
  it("is lower case without the scheme's default port", () => {
    expect(authorityOf("https://Dossier.Example.org:443/")).toBe("dossier.example.org");
    expect(authorityOf("http://127.0.0.1:3000")).toBe("127.0.0.1:3000");
    expect(authorityOf("127.0.0.1:80")).toBe("127.0.0.1");
    expect(authorityOf("[::1]:3000")).toBe("[::1]:3000");
  });
});
