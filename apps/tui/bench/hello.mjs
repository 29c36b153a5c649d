// The yardstick: Ink's hello world, unbundled, as a new Ink app starts.
import React from "react";
import { render, Text } from "ink";

render(React.createElement(Text, null, "Hello world"));
